#!/usr/bin/env python3
"""Select and convert the keyphrase set from the 500N-KPCrowd v1.1 zip, as the set was made.

usage: convert_keyphrases.py ZIP OUT_DIR

From 500N-KPCrowd-v1.1/docsutf8/*.txt and keys/*.key: documents of 150 to 1,500 whitespace words
(v1.1 has 50 title-only documents and more short ones), sorted by file name within each of the ten
categories (the name's part before '-'), the first 10 of each: 100 documents. Text: CRLF and CR to
LF, control characters other than newline and tab removed, trailing spaces stripped. Gold: key
lines stripped, inner whitespace collapsed, empty lines and case-insensitive duplicates dropped
(first spelling kept), in their order. Writes docs/<name>.txt and gold.jsonl.
"""
import collections
import json
import os
import sys
import unicodedata
import zipfile

ROOT = "500N-KPCrowd-v1.1/"


def clean(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    z = zipfile.ZipFile(sys.argv[1])
    out = sys.argv[2]
    names = sorted(n for n in z.namelist() if n.startswith(ROOT + "docsutf8/") and n.endswith(".txt"))
    if len(names) != 500:
        sys.exit(f"convert_keyphrases.py: expected 500 documents in {ROOT}docsutf8/, found {len(names)}")
    by_category = collections.defaultdict(list)
    for n in names:
        base = os.path.basename(n)
        text = clean(z.read(n).decode("utf-8"))
        if 150 <= len(text.split()) <= 1500:
            by_category[base.split("-")[0]].append((base, text))
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for category in sorted(by_category):
            for base, text in sorted(by_category[category])[:10]:
                with open(os.path.join(out, "docs", base), "w", encoding="utf-8") as f:
                    f.write(text)
                keys, seen = [], set()
                raw = z.read(ROOT + "keys/" + base[:-4] + ".key").decode("utf-8")
                for line in raw.replace("\r", "\n").split("\n"):
                    key = " ".join(line.split())
                    if key and key.lower() not in seen:
                        seen.add(key.lower())
                        keys.append(key)
                gold.write(json.dumps({"doc": "docs/" + base, "keyphrases": keys}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
