package dev.textdig.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a claim or a quotation as verification compares it.
 *
 * @param key           the word lower-cased, with typographic apostrophes made straight: what is compared
 * @param text          the word as written (its case tells a name from a common word)
 * @param start         where it starts in its text (chars)
 * @param end           where it ends in its text (chars)
 * @param gap           the characters between the previous word and this one (punctuation, spaces)
 * @param sentenceStart whether it opens its text or a sentence, where a capital says nothing
 */
record TextWord(String key, String text, int start, int end, String gap, boolean sentenceStart) {

    /** Words, with punctuation and quotation marks dropped; apostrophes and hyphens kept inside words. */
    static List<TextWord> split(String text) {
        String plain = text.replace('’', '\'');
        List<TextWord> out = new ArrayList<>();
        int cursor = 0;
        int previousEnd = 0;
        for (String t : Tokens.of(plain)) {
            int start = plain.indexOf(t, cursor);
            cursor = start + t.length();
            if (isComparable(t)) {
                String gap = plain.substring(previousEnd, start);
                boolean sentenceStart = out.isEmpty() || gap.matches("(?s).*[.!?…].*");
                out.add(new TextWord(t.toLowerCase(Locale.ROOT), t, start, cursor, gap, sentenceStart));
                previousEnd = cursor;
            }
        }
        return out;
    }

    /**
     * A token that starts with a letter or a number of any kind: every word token, superscripts and
     * fractions too ({@code ³}, {@code ½}), so no quotation that has a token to compare is left out.
     */
    private static boolean isComparable(String t) {
        int c = t.codePointAt(0);
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
