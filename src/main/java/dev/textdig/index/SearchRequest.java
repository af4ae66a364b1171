package dev.textdig.index;

import dev.textdig.article.KindSelection;

/**
 * What to search for.
 *
 * @param query   the query as typed
 * @param literal take the query as plain words, with no syntax
 * @param kinds   which paragraphs to search
 * @param limit   at most this many hits
 * @param by      rank paragraphs, or articles (each shown once, by its best paragraph)
 */
public record SearchRequest(String query, boolean literal, KindSelection kinds, int limit, RankBy by) {

    /** A search that ranks paragraphs. */
    public SearchRequest(String query, boolean literal, KindSelection kinds, int limit) {
        this(query, literal, kinds, limit, RankBy.PARAGRAPH);
    }
}
