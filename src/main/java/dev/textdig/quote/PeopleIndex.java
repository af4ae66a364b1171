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

    /** Votes per name: [he/his/him, she/her/hers] in the text that follows its mentions. */
    private final Map<String, int[]> genderVotes = new HashMap<>();
    /** The votes summed per canonical name, made on first use (after the index is complete). */
    private Map<String, int[]> votesByPerson;

    PeopleIndex(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            List<String> tokens = Tokens.of(p.text());
            String current = null;
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
                    current = name;
                    String title = tokens.get(i).toLowerCase(Locale.ROOT);
                    if (title.equals("mr.") || title.equals("mr") || title.equals("m.")) {
                        vote(name, 0);
                    } else if (title.startsWith("mrs") || title.startsWith("ms") || title.startsWith("mme")) {
                        vote(name, 1);
                    }
                    for (int k = Math.max(0, i - 3); k < j; k++) {
                        String role = tokens.get(k).toLowerCase(Locale.ROOT);
                        if (Mentions.isRole(role) && !name.toLowerCase(Locale.ROOT).contains(role)) {
                            roles.putIfAbsent(role, name);
                        }
                    }
                }
                i = j;
                // Pronouns up to the next name say whether this one is a he or a she.
                for (int k = j; k < tokens.size() && current != null; k++) {
                    if (Mentions.nameLike(tokens.get(k)) && k > j && !Mentions.isPronoun(tokens.get(k))
                            && !Mentions.isFunctionWord(tokens.get(k).toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    switch (tokens.get(k).toLowerCase(Locale.ROOT)) {
                        case "he", "his", "him", "himself", "il" -> vote(current, 0);
                        case "she", "her", "hers", "herself", "elle" -> vote(current, 1);
                        default -> { }
                    }
                }
            }
        }
    }

    private void vote(String name, int gender) {
        genderVotes.computeIfAbsent(name, k -> new int[2])[gender]++;
    }

    /** 'm', 'f' or '?' from the pronouns that follow the person's mentions (under any form of the name). */
    char gender(String name) {
        if (votesByPerson == null) {
            // Summed once: pronoun resolution asks for every compatible candidate of every quotation.
            votesByPerson = new HashMap<>();
            for (Map.Entry<String, int[]> e : genderVotes.entrySet()) {
                int[] v = votesByPerson.computeIfAbsent(canonical(e.getKey()), k -> new int[2]);
                v[0] += e.getValue()[0];
                v[1] += e.getValue()[1];
            }
        }
        int[] v = votesByPerson.getOrDefault(canonical(name), new int[2]);
        return v[0] > v[1] ? 'm' : v[1] > v[0] ? 'f' : '?';
    }

    /** Whether a person may be the one a pronoun stands for. */
    boolean compatible(String name, String pronoun) {
        char g = gender(name);
        String p = pronoun.toLowerCase(Locale.ROOT);
        boolean male = p.equals("he") || p.equals("il");
        boolean female = p.equals("she") || p.equals("elle");
        return g == '?' || (male && g == 'm') || (female && g == 'f') || (!male && !female);
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

    /** The last person a pronoun may stand for, named in paragraphs {@code since} to {@code paragraph}. */
    String lastNamedBefore(int paragraph, int since, String pronoun) {
        String last = null;
        for (Object[] o : occurrences) {
            int at = (Integer) o[1];
            if (at > paragraph) {
                break;
            }
            if (at >= since && compatible((String) o[0], pronoun)) {
                last = (String) o[0];
            }
        }
        return last == null ? null : canonical(last);
    }
}
