package dev.textdig.article;

/** A {@code [start, end)} range in code points, relative to the field it describes. */
public record Span(int start, int end) {
}
