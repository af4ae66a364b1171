package dev.textdig.output;

/** Output formats: {@code text} for people, the others for scripts. */
public enum Format {
    TEXT, TSV, JSONL, JSON
}
