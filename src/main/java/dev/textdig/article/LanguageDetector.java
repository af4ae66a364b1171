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
        int en = 0;
        int fr = 0;
        int words = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length() && words < SAMPLE_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString().toLowerCase(Locale.ROOT);
                words++;
                if (Stopwords.of(Language.EN).contains(w)) {
                    en++;
                }
                if (Stopwords.of(Language.FR).contains(w)) {
                    fr++;
                }
                word.setLength(0);
            }
        }
        return fr > en ? Language.FR : Language.EN;
    }
}
