package dev.textdig.index;

import dev.textdig.quote.Quote;
import dev.textdig.quote.SpeakerMatch;

/**
 * Which quotations to keep.
 *
 * @param speaker  any word of the resolved speaker or of the mention, case-insensitively, or null
 * @param query    Lucene syntax over the quotation's words (each read in its own language), or null
 * @param minWords at least this many words
 */
public record QuotationFilter(String speaker, String query, int minWords) {

    /** Whether the quotation passes the length and speaker conditions (the query is the index's). */
    public boolean keepsByLengthAndSpeaker(Quote q) {
        return q.wordCount() >= minWords && (speaker == null || SpeakerMatch.matches(q, speaker));
    }
}
