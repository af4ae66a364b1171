package dev.textdig.output;

import java.util.List;

/** Picks the writer for a format. */
public final class ResultWriters {
    private ResultWriters() {
    }

    /**
     * @param columns the TSV columns, in order (the JSON formats write every field of a row)
     * @param layout  the text layout
     */
    public static ResultWriter create(Format format, Stdout out, List<String> columns, TextLayout layout, Style style) {
        return switch (format) {
            case TEXT -> new TextWriter(out, layout, style);
            case TSV -> new TsvWriter(out, columns);
            case JSONL -> new JsonWriters.Lines(out);
            case JSON -> new JsonWriters.Document(out);
        };
    }
}
