package dev.textdig.article;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The two ways textdig splits text into words. {@link #count} counts words as a reader does
 * ({@code don't} and {@code Nagorno-Karabakh} are one word each), for the figures it reports.
 * {@link #forEach} yields the words the article package judges text by (a paragraph's size and
 * its share of function words, a headline's capitals, the language): runs of letters and digits,
 * each ideograph on its own (Han, kana and Hangul put no spaces between words).
 */
public final class Words {
    private Words() {
    }

    /** Calls {@code action} with each word of the text, as written (not lower-cased). */
    static void forEach(CharSequence s, Consumer<String> action) {
        forEachWhile(s, w -> {
            action.accept(w);
            return true;
        });
    }

    /** Like {@link #forEach}, stopping after the first word for which {@code action} returns false. */
    static void forEachWhile(CharSequence s, Predicate<String> action) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            String word = null;
            if (isIdeograph(c)) {
                word = String.valueOf(c);
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(s.charAt(i)) && !isIdeograph(s.charAt(i))) {
                    i++;
                }
                word = s.subSequence(start, i).toString();
            } else {
                i++;
            }
            if (word != null && !action.test(word)) {
                return;
            }
        }
    }

    /** Han, kana and Hangul: scripts that do not put spaces between words. */
    static boolean isIdeograph(char c) {
        if (c < 0x1100) {
            return false; // Latin, Greek, Cyrillic, Arabic, Hebrew...: the common case, without a script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Number of runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
    public static int count(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < s.length()
                        && Character.isLetterOrDigit(s.charAt(i + 1)));
            if (wordChar && !inWord) {
                n++;
            }
            inWord = wordChar;
        }
        return n;
    }
}
