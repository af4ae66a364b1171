package dev.textdig.index;

import dev.textdig.article.Kind;
import java.util.Set;

/**
 * What to search for.
 *
 * @param query          the query as typed
 * @param literal        take the query as plain words, with no syntax
 * @param kinds          only paragraphs of these kinds; empty for every kind but furniture
 * @param withFurniture  search the page furniture too
 * @param limit          at most this many hits
 * @param by             rank paragraphs, or articles (each shown once, by its best paragraph)
 */
public record SearchRequest(String query, boolean literal, Set<Kind> kinds, boolean withFurniture, int limit, RankBy by) {

    /** A search that ranks paragraphs. */
    public SearchRequest(String query, boolean literal, Set<Kind> kinds, boolean withFurniture, int limit) {
        this(query, literal, kinds, withFurniture, limit, RankBy.PARAGRAPH);
    }
}
