package dev.textdig.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result as ordered named values, the only thing renderers see. Values are strings, numbers,
 * booleans, null, {@link dev.textdig.article.Span} lists (match offsets) or string lists.
 */
public final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Row put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Object get(String name) {
        return values.get(name);
    }

    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
