package dev.textdig.quote;

import dev.textdig.article.WordList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Given names that tell a person's gender, English and French: the first evidence a pronoun is checked against. */
final class GivenNames {
    private static final Map<String, Character> GENDER = load();

    private GivenNames() {
    }

    /** 'm', 'f', or '?' when the name is not a given name or is given to both. */
    static char gender(String givenName) {
        String key = givenName.toLowerCase(Locale.ROOT);
        Character g = GENDER.get(key);
        if (g == null && key.indexOf('-') > 0) {
            // Jean-Yves, Marie-Claire: the first part decides.
            g = GENDER.get(key.substring(0, key.indexOf('-')));
        }
        return g == null ? '?' : g;
    }

    static boolean isGivenName(String token) {
        return gender(token) != '?';
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        for (String line : WordList.resource(GivenNames.class, "given-names.txt").split("\n")) {
            if (line.length() < 3 || line.startsWith("#") || line.charAt(1) != ':') {
                continue;
            }
            char g = line.charAt(0);
            for (String name : WordList.parse(line.substring(2))) {
                // A name listed under both genders tells nothing.
                out.merge(name, g, (a, b) -> a == b ? a : '?');
            }
        }
        out.values().removeIf(g -> g == '?');
        return Map.copyOf(out);
    }
}
