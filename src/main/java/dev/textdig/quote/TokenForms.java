package dev.textdig.quote;

import java.util.Locale;
import java.util.regex.Pattern;

/** The forms of a token that word lists are looked up by. */
final class TokenForms {
    /** French elision: l’entraîneur, d’opposition, qu’il; the article or preposition is not part of the word. */
    private static final Pattern ELISION = Pattern.compile("^(?:[lLdDjJnNsStTmMcC]|[qQ]u|[lL]orsqu|[pP]uisqu)[’'](?=\\p{L})");

    private TokenForms() {
    }

    /** Lower case, without a possessive ending: "Macron’s" → "macron". */
    static String bare(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "");
    }

    /** The word after an elided article: "l’entraîneur" → "entraîneur"; other tokens unchanged. */
    static String elided(String token) {
        return ELISION.matcher(token).replaceFirst("");
    }

    /** Whether the token opens with an elided article or preposition. */
    static boolean isElided(String token) {
        return ELISION.matcher(token).find();
    }
}
