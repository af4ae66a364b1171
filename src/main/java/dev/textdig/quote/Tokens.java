package dev.textdig.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of text into word and punctuation tokens, keeping apostrophes, hyphens and abbreviations whole. */
final class Tokens {
    /** Words (with inner apostrophes, hyphens and dots: d’Orsay, a-t-il, U.S.) or single punctuation marks. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}\\.(?:\\p{L}\\.)+|[\\p{L}\\p{N}]+(?:[’'\\-.][\\p{L}\\p{N}]+)*(?:’s|'s|’|')?|[^\\s\\u00A0\\u2007\\u2009\\u202F]");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(mr|mrs|ms|dr|gov|sen|rep|gen|st|jr|sr|lt|col|sgt|rev|m|del|atty|supt|capt|cmdr|adm|prof|pres|amb|hon)|\\p{Lu}");

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            // "Gov." and "Mr." keep their dot; elsewhere a dot is its own token.
            if (t.equals(".") && !out.isEmpty() && ABBREVIATION.matcher(out.get(out.size() - 1)).matches()
                    && m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ".");
                continue;
            }
            out.add(t);
        }
        return out;
    }

    static boolean isWord(String t) {
        return !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0));
    }

    static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }
}
