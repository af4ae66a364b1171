package dev.textdig.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a stretch of text into word and punctuation tokens, keeping apostrophes, hyphens and abbreviations whole. */
final class Tokens {
    // The tokens are those of the pattern
    //   \p{L}\.(?:\p{L}\.)+|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:’s|'s|’|')?|[^\s\u00A0\u2007\u2009\u202F]
    // (initials, words with inner apostrophes, hyphens and dots, single marks), read char by char:
    // every paragraph of every article is split, and the pattern was a tenth of the quotations'
    // time. TokensTest holds the two to the same tokens.
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(mr|mrs|ms|dr|gov|sen|rep|gen|st|jr|sr|lt|col|sgt|rev|m|del|atty|supt|capt|cmdr|adm|prof|pres|amb|hon)|\\p{Lu}");

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        for (int start = 0; start < n; ) {
            int c = text.codePointAt(start);
            if (isSpace(c)) {
                start++;
                continue;
            }
            int end = initials(text, start);
            if (end < 0) {
                end = isLetterOrNumber(c) ? word(text, start) : start + Character.charCount(c);
            }
            String t = text.substring(start, end);
            // "Gov." and "Mr." keep their dot; elsewhere a dot is its own token.
            if (t.equals(".") && !out.isEmpty() && ABBREVIATION.matcher(out.get(out.size() - 1)).matches()
                    && start > 0 && Character.isLetter(text.charAt(start - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ".");
            } else {
                out.add(t);
            }
            start = end;
        }
        return out;
    }

    /** The end of initials at {@code from} (U.S., F.B.I.: two letters with a dot each at least), or -1. */
    private static int initials(String text, int from) {
        int at = from;
        int pairs = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int dot = at + Character.charCount(c);
            if (!Character.isLetter(c) || dot >= text.length() || text.charAt(dot) != '.') {
                break;
            }
            at = dot + 1;
            pairs++;
        }
        return pairs >= 2 ? at : -1;
    }

    /** The end of the word at {@code from}: letters and digits, joined by ’ ' - or a dot, and a possessive or final apostrophe. */
    private static int word(String text, int from) {
        int n = text.length();
        int at = run(text, from);
        while (at + 1 < n && "’'-.".indexOf(text.charAt(at)) >= 0 && isLetterOrNumber(text.codePointAt(at + 1))) {
            at = run(text, at + 1);
        }
        if (at < n && (text.charAt(at) == '’' || text.charAt(at) == '\'')) {
            at += at + 1 < n && text.charAt(at + 1) == 's' ? 2 : 1;
        }
        return at;
    }

    private static int run(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            if (!isLetterOrNumber(c)) {
                break;
            }
            at += Character.charCount(c);
        }
        return at;
    }

    /** {@code [\\p{L}\\p{N}]}. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code [\\s\\u00A0\\u2007\\u2009\\u202F]}: what no token holds. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    static boolean isWord(String t) {
        return !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0));
    }

    static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }
}
