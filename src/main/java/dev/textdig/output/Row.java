package dev.textdig.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result's fields as ordered named values, as a {@link View} gives them to the tsv and JSON
 * writers (and a run's {@link Totals} to {@code json}). Values are strings, numbers, booleans, null,
 * {@link dev.textdig.article.Span} lists (match offsets) or string lists. Only written, never read
 * back: the text of a result comes from its typed record.
 */
public final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Row put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Every field of another row, after this one's. */
    public Row putAll(Row other) {
        values.putAll(other.values);
        return this;
    }

    Object get(String name) {
        return values.get(name);
    }

    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
