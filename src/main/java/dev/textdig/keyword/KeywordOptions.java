package dev.textdig.keyword;

import dev.textdig.article.KindSelection;
import java.util.Set;

/**
 * What to count.
 *
 * @param minWords  shortest phrase, in words (1 for single words)
 * @param maxWords  longest phrase
 * @param stem      group forms by stem ({@code offensive}, {@code offensives})
 * @param stopwords more words to leave out
 * @param kinds     which paragraphs to count
 * @param minCount  fewest occurrences
 * @param limit     longest list
 * @param rank      rank by how well a term describes the text rather than by count
 */
public record KeywordOptions(int minWords, int maxWords, boolean stem, Set<String> stopwords, KindSelection kinds,
                             int minCount, int limit, boolean rank) {
}
