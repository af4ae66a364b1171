package dev.textdig.quote;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms of a token that word lists are looked up by. Called for nearly every token of every
 * article, so the common cases are char tests; the patterns below say what they mean and take over
 * for the rare strings (with a line break) where a char test could read {@code $} differently.
 */
final class TokenForms {
    /** French elision: l’entraîneur, d’opposition, qu’il; the article or preposition is not part of the word. */
    private static final Pattern ELISION = Pattern.compile("^(?:[lLdDjJnNsStTmMcC]|[qQ]u|[lL]orsqu|[pP]uisqu)[’'](?=\\p{L})");
    /** A possessive or a closing apostrophe at the end: Macron’s, Harris', the ones {@link #withoutPossessive} drops. */
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");

    private TokenForms() {
    }

    /** Lower case, without a possessive ending: "Macron’s" → "macron". */
    static String bare(String token) {
        return withoutPossessive(token.toLowerCase(Locale.ROOT));
    }

    /** Without a possessive ending or a final apostrophe, case kept: "Macron’s" → "Macron" (as {@code replaceAll("[’']s?$", "")}). */
    static String withoutPossessive(String s) {
        if (hasLineBreak(s)) {
            return POSSESSIVE.matcher(s).replaceAll("");
        }
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == 's' && end > 1 && isApostrophe(s.charAt(end - 2))) {
            return s.substring(0, end - 2);
        }
        return end > 0 && isApostrophe(s.charAt(end - 1)) ? s.substring(0, end - 1) : s;
    }

    /** Whether the token ends in a possessive or an apostrophe, and is one line (as {@code matches(".*[’']s?$")}). */
    static boolean endsPossessive(String s) {
        return !hasLineBreak(s) && withoutPossessive(s).length() < s.length();
    }

    /** The word after an elided article: "l’entraîneur" → "entraîneur"; other tokens unchanged. */
    static String elided(String token) {
        int n = elisionLength(token);
        return n == 0 ? token : token.substring(n);
    }

    /** Whether the token opens with an elided article or preposition. */
    static boolean isElided(String token) {
        return elisionLength(token) > 0;
    }

    /** The length of the elided article and its apostrophe that {@link #ELISION} matches, or 0. */
    private static int elisionLength(String t) {
        int apostrophe;
        if (t.length() > 1 && isApostrophe(t.charAt(1)) && "lLdDjJnNsStTmMcC".indexOf(t.charAt(0)) >= 0) {
            apostrophe = 1;
        } else if (t.length() > 2 && isApostrophe(t.charAt(2)) && (t.charAt(0) == 'q' || t.charAt(0) == 'Q') && t.charAt(1) == 'u') {
            apostrophe = 2;
        } else if (t.length() > 6 && isApostrophe(t.charAt(6))
                && ((t.charAt(0) == 'l' || t.charAt(0) == 'L') && t.startsWith("orsqu", 1)
                    || (t.charAt(0) == 'p' || t.charAt(0) == 'P') && t.startsWith("uisqu", 1))) {
            apostrophe = 6;
        } else {
            return 0;
        }
        return apostrophe + 1 < t.length() && Character.isLetter(t.codePointAt(apostrophe + 1)) ? apostrophe + 1 : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '\'';
    }

    /** The line terminators of {@code java.util.regex} ({@code $} and {@code .} treat them apart). */
    static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
