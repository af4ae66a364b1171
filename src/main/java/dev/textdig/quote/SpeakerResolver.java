package dev.textdig.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves how the text names a speaker to who it is, from what the article itself says (its
 * {@link Entities}): a surname to the full name ({@code Macron} is {@code Emmanuel Macron}); a
 * pronoun to the last speaker or person it can stand for ({@code he} a man, {@code elle} a woman,
 * {@code it} a body, never a place); a role to the person the article gave that role ({@code la
 * ministre}, {@code the Republican leader}); a body's description to the body ({@code le syndicat},
 * {@code the company}); a capital city to its government. When nothing supports a resolution the
 * speaker stays null rather than a guess: a script cannot tell a wrong name from a right one.
 */
final class SpeakerResolver {
    /** How many paragraphs back a pronoun or a bare role may reach for its person. */
    private static final int REACH = 3;
    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur");
    private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des", "ces", "ses", "leurs", "some", "many",
            "several", "these", "those", "other", "plusieurs", "certains", "certaines", "quelques");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "des", "some", "another", "one");
    /** The speaker themself, or French "on" alone ("assure-t-on"): no one the article names. */
    private static final Set<String> NO_ONE_NAMED = Set.of("i", "we", "je", "nous", "j", "on");

    private final Entities entities;
    private String lastPerson;
    private int lastPersonParagraph = -100;
    private String lastBody;
    private int lastBodyParagraph = -100;
    /** Where the quotation being attributed starts, in the article's token order. */
    private int quoteOrder;

    SpeakerResolver(Entities entities) {
        this.entities = entities;
    }

    /**
     * The speaker for a mention made for a quotation in paragraph {@code paragraph} that starts at
     * token {@code order} of the article ({@link Entities#orderAt}); updates who spoke last.
     */
    String resolve(String mention, int paragraph, int order) {
        if (mention == null) {
            return null;
        }
        quoteOrder = order;
        Resolved r = resolveOnce(mention, paragraph);
        if (r.name() != null) {
            if (r.body()) {
                lastBody = r.name();
                lastBodyParagraph = paragraph;
            } else {
                lastPerson = r.name();
                lastPersonParagraph = paragraph;
            }
        }
        return r.name();
    }

    private record Resolved(String name, boolean body) {
        static final Resolved NONE = new Resolved(null, false);

        static Resolved person(String name) {
            return new Resolved(name, false);
        }

        static Resolved body(String name) {
            return new Resolved(name, true);
        }
    }

    private Resolved resolveOnce(String mention, int paragraph) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on ")) {
            // "assure-t-on à Matignon": the place speaks for the body there.
            return resolveOnce(mention.replaceFirst("^(?i)on\\s+(?:à|au|aux|chez|dans)\\s+", ""), paragraph);
        }
        if (Lexicon.UNNAMED.contains(lower) || NO_ONE_NAMED.contains(lower)) {
            return Resolved.NONE;
        }
        if (Lexicon.PERSON_PRONOUNS.contains(lower)) {
            return pronoun(lower, paragraph);
        }
        if (Lexicon.THING_PRONOUNS.contains(lower)) {
            return recentBody(paragraph);
        }
        String capital = Lexicon.CAPITALS.get(mention);
        if (capital != null) {
            return Resolved.body(capital);
        }
        List<String> words = Tokens.of(mention);
        String first = TokenForms.bare(words.get(0));
        boolean elided = TokenForms.isElided(words.get(0)) && !Mentions.nameLike(TokenForms.elided(words.get(0)));
        boolean possessive = words.size() > 1 && Mentions.isPossessive(words.get(0)); // "Okafor's deputy, Ruth Amsel"
        String last = words.get(words.size() - 1);
        // "U.S. senator", "French minister": a role in lower case at the end is a description, not a name.
        boolean roleLast = words.size() > 1 && Character.isLowerCase(last.codePointAt(0)) && Mentions.isRole(TokenForms.bare(last));
        if (elided || possessive || roleLast || Entities.isDeterminer(first) || !Mentions.nameLike(words.get(0))) {
            return description(words, paragraph);
        }
        if (words.size() == 1 && plural("", first, false)) {
            return Resolved.NONE; // "Critics replied", "Officials said": a group, capitalised only to open the sentence
        }
        return name(words);
    }

    private Resolved pronoun(String lower, int paragraph) {
        switch (lower) {
            case "they", "ils", "elles", "who" -> {
                return lastBody != null && paragraph - lastBodyParagraph <= 1 ? Resolved.body(lastBody) : Resolved.NONE;
            }
            default -> {
                char gender = lower.equals("he") || lower.equals("il") ? 'm' : lower.equals("she") || lower.equals("elle") ? 'f' : '?';
                if (lastPerson != null && paragraph - lastPersonParagraph <= REACH && entities.compatible(lastPerson, gender)) {
                    // "“…,” said Reed. ¶ The mayor, Paul Grant, disagreed. He said …": someone
                    // named since the last speaker spoke is who the pronoun now stands for.
                    String since = entities.lastPersonNamedSince(lastPersonParagraph, quoteOrder, gender);
                    return Resolved.person(since != null ? since : lastPerson);
                }
                String named = entities.lastPerson(paragraph, paragraph - 2, gender);
                if (named == null && gender != '?') {
                    named = entities.lastPersonOfGender(paragraph, paragraph - 6, gender); // further back, only a sure match
                }
                return Resolved.person(named);
            }
        }
    }

    private Resolved recentBody(int paragraph) {
        if (lastBody != null && paragraph - lastBodyParagraph <= REACH) {
            return Resolved.body(lastBody);
        }
        String named = entities.lastBody(paragraph, paragraph - 2);
        return named == null ? Resolved.NONE : Resolved.body(named);
    }

    /** A name as written: titles and sentence words dropped, a surname or first name made full. */
    private Resolved name(List<String> written) {
        // A transcript writes names in capitals ("MR. KETTERING"): compare them as names are written.
        List<String> words = written.size() < 2 ? written : written.stream().map(SpeakerResolver::unshout).toList();
        if (written.size() == 1 && !unshout(written.get(0)).equals(written.get(0))
                && entities.fullName(unshout(written.get(0))) != null) {
            words = List.of(unshout(written.get(0))); // "PENCE:" in a transcript of an article that names Mike Pence
        }
        int start = 0;
        while (start < words.size() - 1 && (Mentions.isFunctionWord(TokenForms.bare(words.get(start)))
                || Lexicon.HONORIFICS.containsKey(TokenForms.bare(words.get(start))))) {
            start++;
        }
        int end = words.size();
        int paren = words.indexOf("(");
        if (paren > start) {
            end = paren;
        }
        for (int k = start + 2; k < end; k++) {
            if (Lexicon.JOINERS.contains(TokenForms.bare(words.get(k))) && !Lexicon.isOrgWord(words.get(start))) {
                end = k; // "Stacey Plaskett of the Virgin Islands": the person, not where she is from
                break;
            }
        }
        // The name follows the last title or role: "Author Cecil Foster", "First Minister Carwyn Jones".
        int nameStart = Entities.givenNameStart(words, start, end);
        for (int k = start; k < end - 1; k++) {
            String l = TokenForms.bare(words.get(k));
            if (Lexicon.TITLES.contains(l) || Mentions.isRole(l) || Lexicon.HONORIFICS.containsKey(l)) {
                nameStart = k + 1;
            }
        }
        for (int k = nameStart; k < end; k++) {
            if (Lexicon.isOrgWord(words.get(k))) {
                String body = Mentions.join(words, start, words.size());
                return Resolved.body(TokenForms.elided(body));
            }
        }
        String stripped = TokenForms.withoutPossessive(Mentions.join(words, nameStart, end));
        if (stripped.isEmpty() || !stripped.contains(" ") && (Lexicon.NOT_PERSON.contains(stripped.toLowerCase(Locale.ROOT))
                || Mentions.isFunctionWord(stripped.toLowerCase(Locale.ROOT)))) {
            return Resolved.NONE; // "Republican claims", "Meanwhile": a word, not a speaker
        }
        if (entities.isBody(stripped) || Entities.isAcronym(stripped)) {
            return Resolved.body(stripped);
        }
        if (stripped.split(" ").length > 4 || stripped.startsWith("New ") && !entities.isPerson(stripped)) {
            return Resolved.NONE; // a headline in title case, or a place ("New Mexico"), read as a name
        }
        return Resolved.person(entities.canonical(stripped));
    }

    private static String unshout(String word) {
        boolean shouted = word.length() > 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.codePoints().filter(Character::isLetter).count() > 2;
        return shouted ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
    }

    /**
     * A description: {@code la ministre}, {@code the Republican leader}, {@code le technicien de 47 ans},
     * {@code l’entraîneur valmontois Stéphane Carrel}, {@code the company}.
     */
    private Resolved description(List<String> words, int paragraph) {
        String article = TokenForms.isElided(words.get(0)) ? "l" : TokenForms.bare(words.get(0));
        boolean french = FRENCH_ARTICLES.contains(article) || TokenForms.isElided(words.get(0));
        char gender = Entities.articleGender(article);
        // A name inside the description: "le défenseur Julien Rouchon", "the council's leader, Marta Lindqvist".
        int nameStart = -1;
        for (int k = words.size() - 1; k > 0 && Mentions.nameLike(words.get(k)); k--) {
            nameStart = k;
        }
        if (nameStart > 0 && (Lexicon.JOINERS.contains(TokenForms.bare(words.get(nameStart - 1)))
                || Entities.isDeterminer(TokenForms.bare(words.get(nameStart - 1)))
                || TokenForms.isElided(words.get(nameStart)) && words.get(nameStart).toLowerCase(Locale.ROOT).startsWith("d"))) {
            nameStart = -1; // "l’entraîneur de Sarlac", "the mayor of Paris": a place that qualifies the role
        }
        List<String> content = new ArrayList<>();
        int limit = nameStart > 0 ? nameStart : words.size();
        for (int k = 0; k < limit; k++) {
            String w = TokenForms.bare(TokenForms.elided(words.get(k)));
            if (Tokens.isWord(w) && !Mentions.isFunctionWord(w) && !Entities.isDeterminer(w) && !w.chars().allMatch(Character::isDigit)) {
                content.add(w);
            }
        }
        if (namesItsBody(words)) {
            // "The California Governor's Office of Emergency Services": a body's own name, whatever role word is in it.
            return Resolved.body(TokenForms.elided(Mentions.join(words, 1, words.size())));
        }
        String head = headNoun(words, content, french);
        Set<String> qualifiers = new java.util.HashSet<>();
        for (int k = 1; k < limit; k++) {
            String w = TokenForms.bare(words.get(k));
            if (Mentions.nameLike(words.get(k)) && !Mentions.isRole(w) && !Lexicon.ORG_NOUNS.contains(w) && !Mentions.isFunctionWord(w)) {
                qualifiers.add(w); // "the French foreign ministry": French
            }
        }
        boolean bodyNoun = head != null && Lexicon.ORG_NOUNS.contains(head);
        if (nameStart > 0) {
            List<String> inner = words.subList(nameStart, words.size());
            Resolved named = name(inner);
            boolean englishAdjective = !french && nameStart < words.size() - 1 && head == null;
            if (!englishAdjective && (bodyNoun || !named.body() || entities.isBody(named.name()))) {
                // "the company Acme" names the body; "company CEO Andy Vesey" names its chief.
                boolean roleInName = inner.stream().anyMatch(w -> Mentions.isRole(TokenForms.bare(w)));
                boolean shortBody = bodyNoun && !named.body() && !roleInName && words.size() <= 5 && nameStart <= 2;
                return shortBody ? Resolved.body(Mentions.join(words, 1, words.size())) : named; // "the company Acme"
            }
        }
        if (head == null) {
            // "The New York Post", "the Quai d’Orsay", "la Régie": a body named with its article.
            return words.size() > 1 && Mentions.nameLike(words.get(1))
                    ? Resolved.body(entities.fullBodyName(Mentions.join(words, 1, words.size()))) : Resolved.NONE;
        }
        if (bodyNoun) {
            String body = entities.describedAs(content, qualifiers, head, '?', paragraph, false);
            if (body == null && qualifiers.isEmpty()) {
                body = entities.bodyNamedWith(head, paragraph);
            }
            if (body == null && !qualifiers.isEmpty()) {
                // "The French foreign ministry said": a description that names its body by itself.
                return Resolved.body(TokenForms.elided(Mentions.join(words, 1, words.size())));
            }
            if (body == null && content.size() > 1 && hasComplement(words)) {
                // "le service de prévision des crues": a description that names the body by itself.
                body = TokenForms.elided(Mentions.join(words, 1, words.size()));
            }
            if (body == null && lastBody != null && paragraph - lastBodyParagraph <= 1) {
                body = lastBody;
            }
            if (body == null) {
                body = entities.lastBody(paragraph, paragraph - 2); // "the company", right after a firm is named
            }
            return body == null ? Resolved.NONE : Resolved.body(body);
        }
        if (INDEFINITE.contains(article) || !Mentions.isRole(head)) {
            // "un retraité", "a resident": someone the article does not name; "the report": no one.
            return Resolved.NONE;
        }
        if (plural(article, head, french)) {
            // "the residents", "les habitants": a group, never the one person the passage is about.
            return Resolved.NONE;
        }
        String person = entities.describedAs(content, qualifiers, head, gender, paragraph, true);
        if (person == null && Mentions.isPossessive(words.get(0))) {
            return Resolved.NONE; // "Obama's former strategist": not Obama, and no one the article gave the role
        }
        if (person == null && lastPerson != null && paragraph - lastPersonParagraph <= REACH - 1
                && entities.compatible(lastPerson, gender)) {
            person = lastPerson; // a definite role with no other holder: the person the passage is about
        }
        if (person == null) {
            person = entities.lastPerson(paragraph, paragraph - 1, gender); // "assure l’élu", just after naming him
        }
        if (person == null) {
            String salient = entities.salient();
            person = salient != null && entities.compatible(salient, gender) ? salient : null;
        }
        return Resolved.person(person);
    }

    /** A plural role: "the residents", "some officials", "les habitants", "ses proches". */
    private static boolean plural(String article, String head, boolean french) {
        if (PLURAL_ARTICLES.contains(article)) {
            return true;
        }
        if (french) {
            return false; // "le Français" ends in s: a French plural shows in its article
        }
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y" : Entities.singular(head);
        return !singular.equals(head) && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
                && Mentions.isRole(singular);
    }

    /** An article, then a name in capitals (joined by "of", "for", "&") holding a body's word. */
    private static boolean namesItsBody(List<String> words) {
        if (words.size() < 3 || !Entities.isDeterminer(TokenForms.bare(words.get(0)))) {
            return false;
        }
        boolean bodyWord = false;
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            if (Lexicon.JOINERS.contains(w) || w.equals("&")) {
                continue;
            }
            if (!Mentions.nameLike(w)) {
                return false;
            }
            bodyWord |= Lexicon.isOrgWord(w);
        }
        return bodyWord;
    }

    /**
     * The noun a description is built on: a role or a body's kind where there is one (the first in
     * French, "l’ancien maire"; the last before a preposition in English, "the Republican leader"),
     * else the first content word in French and the last in English.
     */
    private static String headNoun(List<String> words, List<String> content, boolean french) {
        if (content.isEmpty()) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String w = TokenForms.bare(TokenForms.elided(words.get(k)));
            if (k > 0 && (Lexicon.JOINERS.contains(w) || w.equals(",") || TokenForms.isElided(words.get(k)))) {
                break;
            }
            if (content.contains(w) && (!Mentions.nameLike(words.get(k)) || Mentions.isRole(w))) {
                candidates.add(w); // "the Republican leader": the head is lower case; a capitalised word qualifies it
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(candidates);
        if (!french) {
            java.util.Collections.reverse(ordered);
        }
        for (String w : ordered) {
            if (Mentions.isRole(w) || Lexicon.ORG_NOUNS.contains(w)) {
                return w;
            }
        }
        return ordered.get(0);
    }

    private static boolean hasComplement(List<String> words) {
        for (int k = 2; k < words.size(); k++) {
            if (Lexicon.JOINERS.contains(TokenForms.bare(words.get(k))) || TokenForms.isElided(words.get(k))) {
                return true;
            }
        }
        return false;
    }
}
