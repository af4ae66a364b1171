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
            char g = line.charAt(0); // 'm', 'f', or '?' for both
            for (String name : WordList.parse(line.substring(2))) {
                // A name listed under both genders tells nothing.
                out.merge(name, g, (a, b) -> a == b ? a : '?');
            }
        }
        // A "?:" line lists names given to both genders: they stay out, whatever another list says.
        java.util.Set<String> both = new java.util.HashSet<>();
        out.forEach((name, g) -> {
            if (g == '?') {
                both.add(name);
            }
        });
        out.values().removeIf(g -> g == '?');
        // GATE's ANNIE lists (10,000 names of many origins) widen the team's; the team's list decides
        // where both have a name, and a name ANNIE gives to both genders is left out.
        Map<String, Character> annie = new HashMap<>();
        for (char g : new char[] {'m', 'f'}) {
            String file = "annie/resources/gazetteer/person_" + (g == 'm' ? "male" : "female") + ".lst";
            for (String line : WordList.resource(GivenNames.class, file).split("\n")) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (name.length() >= 3 && name.indexOf(' ') < 0) {
                    annie.merge(name, g, (a, b) -> a == b ? a : '?');
                }
            }
        }
        annie.forEach((name, g) -> {
            if (g != '?' && !both.contains(name)) {
                out.putIfAbsent(name, g);
            }
        });
        return Map.copyOf(out);
    }
}
