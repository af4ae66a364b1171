package dev.textdig.output;

import dev.textdig.article.Span;
import java.util.List;

/**
 * The {@code tsv} format: a header line, then one line per result with the same columns. Tab,
 * newline, carriage return and backslash are escaped as {@code \t \n \r \\} (as {@code jq @tsv}
 * does); other control characters as {@code \xHH}, so a record is always one terminal-safe line.
 * Null is an empty field; spans are {@code start-end} joined by commas; lists are joined by commas.
 */
final class TsvWriter<T> implements ResultWriter<T> {
    private final Stdout out;
    private final View<T> view;
    private final List<String> columns;

    TsvWriter(Stdout out, View<T> view) {
        this.out = out;
        this.view = view;
        this.columns = view.columns();
        out.write(String.join("\t", columns) + "\n");
    }

    @Override
    public void write(T result) {
        Row row = view.fields(result);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            appendValue(line, row.get(columns.get(i)));
        }
        out.write(line.append('\n').toString());
        out.endRecord();
    }

    @Override
    public void finish(Totals totals) {
        out.flush();
    }

    private static void appendValue(StringBuilder b, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object item = list.get(i);
                if (item instanceof Span span) {
                    b.append(span.start()).append('-').append(span.end());
                } else {
                    appendEscaped(b, String.valueOf(item));
                }
            }
            return;
        }
        if (value instanceof Double d) {
            b.append(JsonWriters.formatScore(d));
            return;
        }
        appendEscaped(b, value.toString());
    }

    static void appendEscaped(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (TerminalText.isUnsafe(c)) {
                        TerminalText.appendEscape(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }
}
