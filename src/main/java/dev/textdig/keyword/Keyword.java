package dev.textdig.keyword;

/**
 * A word or phrase the text is about.
 *
 * @param term       the most frequent form in the text ({@code Emmanuel Macron}, {@code offensive})
 * @param count      occurrences in the counted paragraphs (phrases and words inside them included)
 * @param paragraphs paragraphs it occurs in
 * @param share      count over all counted words, a fraction
 * @param score      with ranking: how well it describes the text, 0 to 1; else null
 * @param file       with one list per file: the file; else null
 */
public record Keyword(String term, int count, int paragraphs, double share, Double score, String file) {
}
