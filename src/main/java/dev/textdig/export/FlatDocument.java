package dev.textdig.export;

import java.util.Map;

/**
 * A document as a search engine outside this process takes it: an id and flat fields, each a
 * string, a number or a list of strings, in a fixed order (the id first).
 */
public record FlatDocument(String id, Map<String, Object> fields) {
}
