package dev.textdig.keyword;

import dev.textdig.article.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adjectives of a place folded into the place the text names ({@code Syrian} into {@code Syria},
 * {@code Argentine} into {@code Argentina}): an article about Syria says both, and one topic
 * should take one place in the list. The adjective is found from the place's name by the
 * regular endings of English and French (-n, -an, -ian, -i, -ese, -e; -ien, -ais), and by a
 * short list of irregular ones ({@code French}, {@code Dutch}); an adjective whose place the
 * text never names stays as it is.
 */
final class Places {
    /** Places whose adjectives the regular endings miss ({@code france}: {@code french}, {@code français}). */
    private static final Map<String, List<String>> IRREGULAR = irregular(WordList.resource(Places.class, "place-adjectives.tsv"));

    private Places() {
    }

    private static Map<String, List<String>> irregular(String table) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            out.put(cells[0].strip(), List.of(cells[1].strip().split("\\s+")));
        }
        return Map.copyOf(out);
    }

    /** The adjectives a place's name gives, lower case. */
    static Set<String> adjectives(String place) {
        String p = place.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>(IRREGULAR.getOrDefault(p, List.of()));
        if (p.length() < 4) {
            return out;
        }
        String cut = p.substring(0, p.length() - 1);
        char last = p.charAt(p.length() - 1);
        out.add(p + "ian");
        out.add(p + "i");
        out.add(p + "ese");
        if (last == 'a') {
            out.add(p + "n");        // Syria, Libya, Korea, Russia
            out.add(cut + "ian");    // Canada
            out.add(cut + "e");      // Argentina: Argentine
            out.add(cut + "ese");    // China
        } else if (last == 'y') {
            out.add(cut);            // Germany
            out.add(cut + "ian");    // Italy, Hungary
        } else if (last == 'o') {
            out.add(cut + "an");     // Mexico
        } else if (last == 'e') {
            out.add(cut + "ian");    // Ukraine
            out.add(cut + "ien");    // Syrie, Arménie
            out.add(cut + "ienne");
        } else {
            out.add(p + "an");       // names ending in a consonant
            out.add(p + "ais");      // Japon: japonais
            out.add(p + "aise");
        }
        return out;
    }

    /**
     * Folds each single-word adjective into the capitalised single-word place it comes from, when
     * both are candidates: the place takes the adjective's occurrences, paragraphs and first place.
     * Returns the candidates left.
     */
    static List<Candidate> fold(List<Candidate> chosen) {
        Map<String, Candidate> byAdjective = new HashMap<>();
        for (Candidate c : chosen) {
            String s = c.surface();
            if (c.words == 1 && Character.isUpperCase(s.codePointAt(0)) && s.codePoints().allMatch(Character::isLetter)) {
                for (String a : adjectives(s)) {
                    byAdjective.putIfAbsent(a, c);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : chosen) {
            Candidate place = c.words == 1 ? byAdjective.get(c.surface().toLowerCase(Locale.ROOT)) : null;
            if (place == null || place == c) {
                out.add(c);
                continue;
            }
            place.count += c.count;
            place.free += c.free;
            place.paragraphs.addAll(c.paragraphs);
            place.firstSeen = Math.min(place.firstSeen, c.firstSeen);
        }
        return out;
    }
}
