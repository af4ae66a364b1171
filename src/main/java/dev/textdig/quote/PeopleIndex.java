package dev.textdig.quote;

import dev.textdig.article.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people an article names: runs of two or three capitalised words that are not bodies or
 * places (titles such as "Prime Minister" dropped), with where each is first named and how often.
 * Surnames and roles resolve against it.
 */
final class PeopleIndex {
    record Person(String name, int firstParagraph, int mentions) {
    }

    private final Map<String, Person> byName = new LinkedHashMap<>();
    /** role noun (lower case) → the person named next to it: "Armenian Prime Minister Nikol Pashinian". */
    private final Map<String, String> roles = new HashMap<>();
    /** Person names in text order with their paragraph number and char position, for pronouns. */
    private final List<Object[]> occurrences = new ArrayList<>();

    PeopleIndex(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            List<String> tokens = Tokens.of(p.text());
            for (int i = 0; i < tokens.size(); i++) {
                if (!Mentions.nameLike(tokens.get(i))) {
                    continue;
                }
                int j = i;
                while (j < tokens.size() && j - i < 6 && (Mentions.nameLike(tokens.get(j)) || tokens.get(j).matches("\\p{Lu}\\."))) {
                    j++;
                }
                String name = personName(tokens, i, j);
                if (name != null) {
                    byName.merge(name, new Person(name, p.number(), 1),
                            (a, b) -> new Person(a.name(), a.firstParagraph(), a.mentions() + 1));
                    occurrences.add(new Object[] {name, p.number()});
                    for (int k = Math.max(0, i - 3); k < j; k++) {
                        String role = tokens.get(k).toLowerCase(Locale.ROOT);
                        if (Mentions.isRole(role) && !name.toLowerCase(Locale.ROOT).contains(role)) {
                            roles.putIfAbsent(role, name);
                        }
                    }
                }
                i = j;
            }
        }
    }

    /** The person in a capitalised run, titles and leading adjectives dropped; null when the run is not a person. */
    private static String personName(List<String> tokens, int from, int to) {
        int start = from;
        while (start < to && (Lexicon.TITLES.contains(tokens.get(start).toLowerCase(Locale.ROOT))
                || (start + 1 < to && Lexicon.TITLES.contains(tokens.get(start + 1).toLowerCase(Locale.ROOT))))) {
            start++;
        }
        int words = to - start;
        if (words < 2 || words > 4) {
            return null;
        }
        for (int k = start; k < to; k++) {
            String l = tokens.get(k).toLowerCase(Locale.ROOT);
            String bare = l.replaceAll("[’']s?$", "");
            if (Lexicon.NOT_PERSON.contains(bare) || Lexicon.CAPITALS.containsKey(tokens.get(k)) || l.equals("the")
                    || tokens.get(k).chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c)) && tokens.get(k).length() > 1) {
                return null;
            }
        }
        String name = Mentions.join(tokens, start, to);
        return name.replaceAll("[’']s?$", "");
    }

    /** The full name whose last word is {@code surname}, the most mentioned if several. */
    String bySurname(String surname) {
        Person best = null;
        for (Person p : byName.values()) {
            if (p.name().endsWith(" " + surname) && (best == null || p.mentions() > best.mentions())) {
                best = p;
            }
        }
        return best == null ? null : best.name();
    }

    /** The person named next to a role noun in the article, or null. */
    String byRole(String role) {
        return roles.get(role);
    }

    /** The full form of a name: "Mike Pence" for "Pence", the name itself when it is already full. */
    String canonical(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String full = bySurname(last);
        return full != null && full.length() >= name.length() ? full : name;
    }

    /** The article's main person: named at least twice and more often than anyone else, else null. */
    String salient() {
        Map<String, Integer> bySurname = new HashMap<>();
        for (Person p : byName.values()) {
            String canonical = canonical(p.name());
            bySurname.merge(canonical, p.mentions(), Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : bySurname.entrySet()) {
            if (e.getValue() > bestCount) {
                second = bestCount;
                best = e.getKey();
                bestCount = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestCount >= 2 && bestCount > second ? best : null;
    }

    /** The last person named in paragraphs up to {@code paragraph} (and not before {@code since}). */
    String lastNamedBefore(int paragraph, int since) {
        String last = null;
        for (Object[] o : occurrences) {
            int at = (Integer) o[1];
            if (at > paragraph) {
                break;
            }
            if (at >= since) {
                last = (String) o[0];
            }
        }
        return last == null ? null : canonical(last);
    }
}
