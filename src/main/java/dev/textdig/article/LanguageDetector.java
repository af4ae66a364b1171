package dev.textdig.article;

import java.util.Locale;

/**
 * Decides an article's language from the share of each language's function words: news prose is
 * 35-50% function words in its own language and only a few percent in the other.
 */
public final class LanguageDetector {
    /** Enough words to decide; reading further changes nothing on real articles. */
    private static final int SAMPLE_WORDS = 2000;
    /** Text is read in pieces of this many characters until the sample has enough words. */
    private static final int SAMPLE_CHARS = 4096;

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        // The words of the start of the text: enough, and the sample stays small for huge inputs.
        int[] counts = new int[3]; // words, English, French
        int end = 0;
        while (end < text.length() && counts[0] < SAMPLE_WORDS) {
            int next = Math.min(text.length(), end + SAMPLE_CHARS);
            while (next < text.length() && Character.isLetterOrDigit(text.charAt(next))) {
                next++; // never cut a word in two
            }
            Words.forEach(text.subSequence(end, next), word -> {
                if (counts[0] == SAMPLE_WORDS) {
                    return;
                }
                String w = word.toLowerCase(Locale.ROOT);
                counts[0]++;
                if (Stopwords.of(Language.EN).contains(w)) {
                    counts[1]++;
                }
                if (Stopwords.of(Language.FR).contains(w)) {
                    counts[2]++;
                }
            });
            end = next;
        }
        return counts[2] > counts[1] ? Language.FR : Language.EN;
    }
}
