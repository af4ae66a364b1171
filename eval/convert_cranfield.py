#!/usr/bin/env python3
"""Convert the Cranfield 1400 distribution (cran.all.1400, cran.qry, cranqrel) into the files
score_search.py reads: docs.jsonl, queries.jsonl, qrels.tsv (and qrels.trec).

usage: convert_cranfield.py RAW_DIR OUT_DIR

Queries are numbered by their position in cran.qry (1..225), as cranqrel numbers them, not by their
.I label (which skips numbers). Relevance is a graded gain, 5 - Cleverdon's code (code 1, a complete
answer, is 4); code -1 (one "source" paper per query) is kept as 0: judged, not relevant.
Whitespace is collapsed to single spaces; nothing else changes.
"""
import json
import os
import sys


def records(path):
    """The .I records of a Cranfield file, each a dict of field letter to text."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out, current, field = [], None, None
    for line in lines:
        if line.startswith(".I"):
            current = {"I": line[2:].strip()}
            out.append(current)
            field = None
        elif len(line) >= 2 and line[0] == "." and line[1] in "TABW" and line[2:].strip() == "":
            field = line[1]
            current.setdefault(field, [])  # a field given twice (doc 576 has two .W) goes on
        elif field is not None:
            current[field].append(line)
    for r in out:
        for k, v in list(r.items()):
            if isinstance(v, list):
                r[k] = " ".join(" ".join(v).split())
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    raw, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "docs.jsonl"), "w", encoding="utf-8") as f:
        for r in records(os.path.join(raw, "cran.all.1400")):
            f.write(json.dumps({"id": r["I"], "title": r.get("T", ""), "text": r.get("W", "")}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "queries.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(records(os.path.join(raw, "cran.qry")), 1):
            f.write(json.dumps({"id": str(n), "text": r.get("W", ""), "orig_id": r["I"]}, ensure_ascii=False) + "\n")
    rows = []
    with open(os.path.join(raw, "cranqrel"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                q, d, code = parts[0], parts[1], int(parts[2])
                rows.append((q, d, 0 if code == -1 else 5 - code))
    with open(os.path.join(out, "qrels.tsv"), "w", encoding="utf-8") as f:
        f.write("query-id\tdoc-id\trelevance\n")
        f.writelines(f"{q}\t{d}\t{g}\n" for q, d, g in rows)
    with open(os.path.join(out, "qrels.trec"), "w", encoding="utf-8") as f:
        f.writelines(f"{q} 0 {d} {g}\n" for q, d, g in rows)


if __name__ == "__main__":
    main()
