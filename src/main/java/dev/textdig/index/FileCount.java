package dev.textdig.index;

/** How many paragraphs of an article match a search ({@code search -c}), by the article's file name. */
public record FileCount(String file, long count) {
}
