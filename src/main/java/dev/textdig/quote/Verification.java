package dev.textdig.quote;

import java.util.List;
import java.util.Locale;

/**
 * The answer to "is this a genuine quotation?".
 *
 * @param quote       the closest real quotation, or null when there is none
 * @param score       word similarity of the claim to the closest stretch of that quotation, 0 to 1
 * @param matched     that stretch, as the article words it
 * @param differences word edits from the quotation to the claim: {@code stop→end}, {@code -word}, {@code +word}
 */
public record Verification(Verdict verdict, Quote quote, double score, String matched, List<String> differences) {

    public enum Verdict {
        EXACT, CLOSE, NOT_FOUND;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
