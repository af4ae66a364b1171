package dev.textdig.index;

import java.util.List;

/** The ranked hits (at most the limit) and how many paragraphs matched in all. */
public record SearchResult(List<Hit> hits, long totalMatches) {
}
