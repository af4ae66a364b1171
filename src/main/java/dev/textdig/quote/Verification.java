package dev.textdig.quote;

import java.util.List;
import java.util.Locale;

/**
 * The answer to "is this a genuine quotation?".
 *
 * @param quote       the closest real quotation, or null when there is none
 * @param score       word similarity of the claim to the closest stretch of that quotation, 0 to 1
 * @param matched     that stretch, as the article words it
 * @param differences first what changes the meaning, in plain words ({@code negation removed: "n't"},
 *                    {@code number changed: "3" -> "4"}, {@code name changed: "Macron" -> "Philippe"},
 *                    {@code speaker: X, not Y}), then the word edits from the quotation to the claim:
 *                    {@code stop→end}, {@code -word}, {@code +word}
 */
public record Verification(Verdict verdict, Quote quote, double score, String matched, List<String> differences) {

    public enum Verdict {
        /** The claim's words are the quotation's. */
        EXACT,
        /** Reworded with the meaning kept: a word left out or added, a tense, the word order. */
        CLOSE,
        /** The quotation, with its negation, a number, a name or its speaker changed. */
        MISQUOTE,
        /** Too few content words to identify one quotation. */
        TOO_SHORT,
        NOT_FOUND;

        /** Whether the claim stands as a quotation (exit status 0). */
        public boolean confirmed() {
            return this == EXACT || this == CLOSE;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
