package dev.textdig.quote;

import java.util.List;
import java.util.Locale;

/**
 * Resolves how the text names a speaker to who it is, from what the article itself says:
 * surnames to full names ({@code Macron} is {@code Emmanuel Macron}), pronouns to the most recent
 * compatible speaker or person named, roles to the person the article names with that role (or
 * its main person, when one dominates), a capital city to its government. When nothing supports
 * a resolution the speaker stays null rather than a guess.
 */
final class SpeakerResolver {
    private final PeopleIndex people;
    private String lastPersonSpeaker;
    private int lastPersonParagraph = -100;
    private String lastOtherSpeaker;

    SpeakerResolver(PeopleIndex people) {
        this.people = people;
    }

    /** The speaker for a mention made in paragraph {@code paragraph}; updates who spoke last. */
    String resolve(String mention, int paragraph) {
        if (mention == null) {
            return null;
        }
        String speaker = resolveOnce(mention, paragraph);
        if (speaker != null) {
            if (isPersonMention(mention, speaker)) {
                lastPersonSpeaker = speaker;
                lastPersonParagraph = paragraph;
            } else {
                lastOtherSpeaker = speaker;
            }
        }
        return speaker;
    }

    private String resolveOnce(String mention, int paragraph) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(lower)) {
            if (lower.equals("i") || lower.equals("we")) {
                return null;
            }
            if (lastPersonSpeaker != null && paragraph - lastPersonParagraph <= 3 && people.compatible(lastPersonSpeaker, lower)) {
                return lastPersonSpeaker;
            }
            return people.lastNamedBefore(paragraph, paragraph - 2, lower);
        }
        if (Lexicon.THING_PRONOUNS.contains(lower)) {
            return lastOtherSpeaker;
        }
        String capital = Lexicon.CAPITALS.get(mention);
        if (capital != null) {
            return capital;
        }
        List<String> words = Tokens.of(mention);
        String first = words.get(0).toLowerCase(Locale.ROOT);
        boolean description = first.equals("the") || first.equals("a") || first.equals("an") || !Mentions.nameLike(words.get(0));
        if (description) {
            String role = roleIn(words);
            if (role != null) {
                String named = people.byRole(role);
                if (named != null) {
                    return people.canonical(named);
                }
                String salient = people.salient();
                if (salient != null) {
                    return salient;
                }
                return null;
            }
            // A body named with "the": the Quai d’Orsay, The New York Post.
            return words.size() > 1 && Mentions.nameLike(words.get(1)) ? Mentions.join(words, 1, words.size()) : null;
        }
        String stripped = stripTitles(words);
        if (!stripped.contains(" ")) {
            String full = people.bySurname(stripped);
            return full != null ? full : stripped;
        }
        return people.canonical(stripped.isEmpty() ? mention : stripped);
    }

    /** The role noun a description is built on: "the French presidency" → presidency. */
    private static String roleIn(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String l = words.get(i).toLowerCase(Locale.ROOT);
            if (Mentions.isRole(l)) {
                return l.endsWith("s") && !Lexicon.PERSON_ROLES.contains(l) ? l.substring(0, l.length() - 1) : l;
            }
        }
        return null;
    }

    private static String stripTitles(List<String> words) {
        int start = 0;
        while (start < words.size() - 1 && Lexicon.TITLES.contains(words.get(start).toLowerCase(Locale.ROOT))) {
            start++;
        }
        int end = words.size();
        int paren = words.indexOf("(");
        if (paren > start) {
            end = paren;
        }
        return Mentions.join(words, start, end).replaceAll("[’']s?$", "");
    }

    private static boolean isPersonMention(String mention, String speaker) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(lower)) {
            return true;
        }
        if (Lexicon.THING_PRONOUNS.contains(lower) || Lexicon.CAPITALS.containsKey(mention) || speaker.endsWith("government")) {
            return false;
        }
        List<String> words = Tokens.of(speaker);
        if (words.size() < 2) {
            return Mentions.nameLike(speaker);
        }
        for (String w : words) {
            if (Lexicon.NOT_PERSON.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String first = Tokens.of(mention).get(0).toLowerCase(Locale.ROOT);
        return !(first.equals("the") && roleIn(Tokens.of(mention)) == null);
    }
}
