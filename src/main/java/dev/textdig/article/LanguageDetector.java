package dev.textdig.article;

import java.util.Locale;

/**
 * Decides an article's language from the share of each language's function words: news prose is
 * 35-50% function words in its own language and only a few percent in the other.
 */
public final class LanguageDetector {
    /** Enough words to decide; reading further changes nothing on real articles. */
    private static final int SAMPLE_WORDS = 2000;

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int[] counts = new int[3]; // words, English, French
        Words.forEachWhile(text, word -> {
            String w = word.toLowerCase(Locale.ROOT);
            counts[0]++;
            if (Stopwords.of(Language.EN).contains(w)) {
                counts[1]++;
            }
            if (Stopwords.of(Language.FR).contains(w)) {
                counts[2]++;
            }
            return counts[0] < SAMPLE_WORDS; // the start of a huge text is enough
        });
        return counts[2] > counts[1] ? Language.FR : Language.EN;
    }
}
