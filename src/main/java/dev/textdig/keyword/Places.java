package dev.textdig.keyword;

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
    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("france", List.of("french", "français", "française")),
            Map.entry("britain", List.of("british")),
            Map.entry("england", List.of("english")),
            Map.entry("scotland", List.of("scottish", "scots")),
            Map.entry("wales", List.of("welsh")),
            Map.entry("ireland", List.of("irish")),
            Map.entry("spain", List.of("spanish")),
            Map.entry("netherlands", List.of("dutch")),
            Map.entry("holland", List.of("dutch")),
            Map.entry("switzerland", List.of("swiss")),
            Map.entry("greece", List.of("greek")),
            Map.entry("turkey", List.of("turkish")),
            Map.entry("poland", List.of("polish")),
            Map.entry("denmark", List.of("danish")),
            Map.entry("sweden", List.of("swedish")),
            Map.entry("finland", List.of("finnish")),
            Map.entry("thailand", List.of("thai")),
            Map.entry("philippines", List.of("filipino", "philippine")),
            Map.entry("afghanistan", List.of("afghan")),
            Map.entry("portugal", List.of("portuguese")),
            Map.entry("lebanon", List.of("lebanese")),
            Map.entry("peru", List.of("peruvian")),
            Map.entry("norway", List.of("norwegian")),
            Map.entry("allemagne", List.of("allemand", "allemande")),
            Map.entry("angleterre", List.of("anglais", "anglaise")),
            Map.entry("espagne", List.of("espagnol", "espagnole")));

    private Places() {
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
