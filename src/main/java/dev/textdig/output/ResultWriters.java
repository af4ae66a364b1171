package dev.textdig.output;

/** Picks the writer for a format. */
public final class ResultWriters {
    private ResultWriters() {
    }

    /** A writer of the view's results: its text, or its fields as tsv, jsonl or json. */
    public static <T> ResultWriter<T> create(Format format, Stdout out, View<T> view, Style style) {
        return switch (format) {
            case TEXT -> new TextWriter<>(out, view, style);
            case TSV -> new TsvWriter<>(out, view);
            case JSONL -> new JsonWriters.Lines<>(out, view);
            case JSON -> new JsonWriters.Document<>(out, view);
            case OPENSEARCH_BULK, SOLR_JSON -> throw new IllegalArgumentException(format + " is a format of export, not of results");
        };
    }
}
