package dev.textdig.output;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code search --queries}: any search result with the query that found it and the query's line
 * in the file, as the first two fields; in text, a heading line before each query's first result.
 */
public record QueriedView<T>(View<T> inner) implements View<QueriedView.Result<T>> {

    /**
     * @param line  the query's line number in the queries file (1-based)
     * @param first whether this is the query's first result (text output heads it)
     */
    public record Result<T>(int line, String query, T result, boolean first) {
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("query_line", "query"));
        columns.addAll(inner.columns());
        return columns;
    }

    @Override
    public Row fields(Result<T> r) {
        return new Row().put("query_line", r.line()).put("query", r.query()).putAll(inner.fields(r.result()));
    }

    @Override
    public String text(Result<T> r, Style style) {
        String body = inner.text(r.result(), style);
        return r.first() ? style.bold("# " + r.line() + ": " + TerminalText.safe(r.query())) + "\n" + body : body;
    }
}
