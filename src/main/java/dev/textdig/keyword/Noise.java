package dev.textdig.keyword;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that occur in news often without being what any article is about, and so never make a
 * ranked list: the page's furniture ({@code Advertisement}), the calendar's names of days, the
 * honorifics before a name ({@code Mr}), and addresses ({@code www.zappos.com}). A phrase holding
 * one of these is left out too: {@code Mr Obama} is {@code Obama}, {@code last Monday} is no topic.
 */
final class Noise {
    private static final Set<String> WORDS = Set.of(
            // days, English and French
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            // the page's furniture
            "advertisement", "advertisements", "publicité", "sponsored", "http", "https", "www", "html", "com",
            // honorifics before a name
            "mr", "mrs", "ms", "messrs", "mme", "mmes", "mlle", "mm");
    /** An address: a scheme, {@code www.}, an e-mail, or a name ending in a common top-level domain. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(://|^www\\.|@|[\\p{L}\\d-]\\.(com|org|net|gov|edu|info|biz|io|co|uk|fr|de|tv|ly|me)(\\.\\p{L}{2})?(/|$))");

    private Noise() {
    }

    static boolean isNoise(String surface) {
        if (ADDRESS.matcher(surface).find()) {
            return true;
        }
        for (String w : surface.split("\\s+")) {
            String bare = w.toLowerCase(Locale.ROOT).replaceAll("[.’']", "");
            if (WORDS.contains(bare)) {
                return true;
            }
        }
        return false;
    }
}
