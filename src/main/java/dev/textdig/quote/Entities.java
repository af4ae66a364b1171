package dev.textdig.quote;

import dev.textdig.article.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people and bodies an article names, read from its own text: each one's full name, where it
 * is named, what the article calls it (the words in apposition: {@code the council leader, Marta
 * Lindqvist}; {@code Stéphane Carrel, l'entraîneur de Sarlac}; {@code Senate Majority Leader Mitch
 * McConnell}), and a person's gender (given name, honorific, the French article of a role, the
 * pronouns that follow). Speakers are resolved against it: a surname to the full name, a role to
 * the person the article gave that role, {@code il} to a man.
 */
final class Entities {
    /** Where a person or body is named: paragraph number and a running token count for order. */
    record Occurrence(String name, boolean person, int paragraph, int order) {
    }

    /** What the article calls someone where it names them: lower-cased words of the apposition. */
    record Description(String name, boolean person, int paragraph, int order, Set<String> words) {
    }

    /** An age in apposition: "Arnold Brisk, 67,". */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** Lower-case words inside a name: Marine de La Tour, Ludwig van Beethoven, Bashar al-Assad. */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "van", "von", "da", "di", "del", "della",
            "der", "den", "ter", "ten", "bin", "ibn", "dos", "das", "do", "y");
    /** Articles before a role, and the gender a French one gives the person: la ministre, le maire. */
    private static final Map<String, Character> ARTICLES = Map.ofEntries(Map.entry("la", 'f'), Map.entry("une", 'f'),
            Map.entry("sa", 'f'), Map.entry("le", 'm'), Map.entry("un", 'm'), Map.entry("l", '?'), Map.entry("les", '?'),
            Map.entry("son", '?'), Map.entry("ses", '?'), Map.entry("the", '?'), Map.entry("a", '?'), Map.entry("an", '?'),
            Map.entry("his", '?'), Map.entry("her", '?'), Map.entry("its", '?'), Map.entry("their", '?'), Map.entry("leur", '?'));

    /** French bodies whose names go on in lower case: Union nationale des salariés, agence régionale de santé. */
    private static final Set<String> FRENCH_HEADS = Set.of("union", "syndicat", "confédération", "fédération",
            "association", "observatoire", "agence", "ministère", "préfecture", "direction", "groupement", "service",
            "société", "collectif", "conseil", "comité", "institut", "fondation", "mairie", "parti", "commission",
            "tribunal", "cour", "parquet", "autorité", "académie", "rectorat", "régie", "stade", "office", "centre");
    /** Words before a capitalised run that make it a place, not a body that speaks: "outside Kessington", "à Morlaix". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "of", "from", "to", "near", "outside",
            "inside", "across", "into", "de", "à", "en", "du", "des", "dans", "au", "aux", "sur", "vers", "près", "d");

    private final Map<String, Integer> people = new LinkedHashMap<>();
    /** Capitalised names that are neither people nor marked bodies ("Halvorsen", "Brevalor"): bodies when nothing better is named. */
    private final List<Occurrence> otherNames = new ArrayList<>();
    /** Names the article shows to be people's: a given name, an honorific, a role beside them. */
    private final Set<String> described = new HashSet<>();
    private final Map<String, String> canonicalNames = new HashMap<>();
    private Set<String> describedCanonical;
    private java.util.Optional<String> salient;
    private Map<String, List<String>> byLastWord;
    /** Surname → the one full name named with it so far ("" when several). */
    private final Map<String, String> bySurname = new HashMap<>();
    private Map<String, List<String>> byFirstWord;
    private final Set<String> bodies = new HashSet<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** The orders of the person occurrences that open their sentence (see {@link #opensSentence}). */
    private final Set<Integer> subjects = new HashSet<>();
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");
    /** Paragraph number → the order of its first token. */
    private final Map<Integer, Integer> paragraphOrder = new HashMap<>();
    private final List<Description> descriptions = new ArrayList<>();
    /** [male, female] evidence per name as written. */
    private final Map<String, int[]> genderVotes = new HashMap<>();
    private Map<String, int[]> votesByPerson;

    /** Whether body names may go on in lower case (French: Union nationale des salariés); in English they never do. */
    private final boolean french;

    /** @param french whether the article is in French, where a body's name goes on in lower case */
    Entities(List<Paragraph> paragraphs, boolean french) {
        this.french = french;
        int order = 0;
        for (Paragraph p : paragraphs) {
            paragraphOrder.put(p.number(), order);
            List<String> tokens = Tokens.of(p.text());
            scanBodies(tokens, p.number(), order);
            scanNames(tokens, p.number(), order);
            order += tokens.size() + 1;
        }
    }

    // ---- reading the article ----

    private void scanNames(List<String> t, int paragraph, int order) {
        String current = null;
        int i = 0;
        while (i < t.size()) {
            if (!Mentions.nameLike(t.get(i)) || Mentions.isPartyState(t.subList(i, i + 1))) {
                current = votePronoun(current, t.get(i));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && j - i < 8) {
                String u = t.get(j);
                if (Mentions.nameLike(u) || isInitial(u)
                        || (PARTICLES.contains(u) && j + 1 < t.size() && Mentions.nameLike(t.get(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            String name = register(t, i, j, paragraph, order + i);
            // A known person's surname alone, also after a capitalised word that opens the sentence ("For Ostrander, …")
            int first = pastFunctionWords(t, i, j - 1);
            if (name == null && j - first == 1) {
                name = surnameOf(t.get(first), paragraph, order + first);
            }
            if (name != null && opensSentence(t, i)) {
                subjects.add(order + i);
            }
            current = name != null ? name : current;
            i = j;
        }
    }

    /**
     * Whether the name at {@code i} is its sentence's subject by position: the sentence's first
     * words ("Paul Grant struck", "Mayor Paul Grant said"), or in apposition to a description that
     * opens it ("The mayor, Paul Grant, struck", "Le maire, Paul Garnier, a").
     */
    private static boolean opensSentence(List<String> t, int i) {
        if (i == 0 || SENTENCE_ENDS.contains(t.get(i - 1))) {
            return true;
        }
        if (!t.get(i - 1).equals(",")) {
            return false;
        }
        int k = i - 2;
        while (k >= 0 && i - k <= 8 && Tokens.isWord(t.get(k)) && !Mentions.nameLike(t.get(k))) {
            k--;
        }
        int first = k + 1;
        boolean atStart = first == 0 || k >= 0 && SENTENCE_ENDS.contains(t.get(k));
        // "Le maire": k stopped at the capitalised article; "L’élue": an elided article is one token.
        if (!atStart && k >= 0 && Tokens.isWord(t.get(k)) && (k == 0 || SENTENCE_ENDS.contains(t.get(k - 1)))) {
            first = k;
            atStart = true;
        }
        return atStart && first < i - 1 && (isDeterminer(TokenForms.bare(t.get(first)).toLowerCase(Locale.ROOT))
                || TokenForms.isElided(t.get(first)));
    }

    /**
     * "Lynch" after "Loretta E. Lynch": a surname alone names the one person named before with it,
     * and counts as that person's occurrence (so "she" two sentences on can still reach her).
     */
    private String surnameOf(String token, int paragraph, int order) {
        String word = TokenForms.withoutPossessive(token);
        String full = bySurname.get(word);
        if (full == null || full.isEmpty()) {
            return null;
        }
        occurrences.add(new Occurrence(full, true, paragraph, order));
        return full;
    }

    /** Pronouns after a person's name, up to the next name, say whether that person is a he or a she. */
    private String votePronoun(String current, String token) {
        if (current != null) {
            switch (token.toLowerCase(Locale.ROOT)) {
                case "he", "his", "him", "himself", "il" -> vote(current, 0, 1);
                case "she", "her", "hers", "herself", "elle" -> vote(current, 1, 1);
                default -> { }
            }
        }
        return current;
    }

    /** The first token from {@code from} on, up to {@code limit}, that is no function word ("For", "The" opening a run). */
    private static int pastFunctionWords(List<String> t, int from, int limit) {
        int at = from;
        while (at < limit && Mentions.isFunctionWord(TokenForms.bare(t.get(at)))) {
            at++;
        }
        return at;
    }

    /** A capitalised run [from, to): a body, a person (with the titles before it as a description), or nothing. */
    private String register(List<String> t, int from, int to, int paragraph, int order) {
        int start = pastFunctionWords(t, from, to);
        char honorific = '?';
        if (start >= to) {
            return null;
        }
        // The name is what follows the last title or role: "Senate Majority Leader Mitch McConnell".
        int nameStart = start;
        for (int k = start; k < to - 1; k++) {
            String l = TokenForms.bare(t.get(k));
            if (Lexicon.HONORIFICS.containsKey(l)) {
                honorific = Lexicon.HONORIFICS.get(l);
                nameStart = k + 1;
            } else if (Lexicon.TITLES.contains(l) || Mentions.isRole(l)) {
                nameStart = k + 1;
            }
        }
        for (int k = nameStart; k < to; k++) {
            if (Lexicon.isOrgWord(t.get(k))) {
                return null; // a body: scanBodies has it
            }
        }
        while (nameStart < to && (Mentions.isFunctionWord(TokenForms.bare(t.get(nameStart))) && !PARTICLES.contains(t.get(nameStart)))) {
            nameStart++;
        }
        nameStart = givenNameStart(t, nameStart, to);
        if (from > 0 && to < t.size() && Lexicon.isQuoteMark(t.get(from - 1)) && Lexicon.isQuoteMark(t.get(to))) {
            return null; // “The Weekly Roundtable”: a title in quotation marks, not a person
        }
        // "in upstate New York", "in northern Syria": a place after a preposition and a lower-case modifier.
        boolean modifiedPlace = nameStart == from && from > 1 && PLACE_PREPOSITIONS.contains(t.get(from - 2).toLowerCase(Locale.ROOT))
                && Tokens.isWord(t.get(from - 1)) && Character.isLowerCase(t.get(from - 1).codePointAt(0))
                && !Mentions.isRole(TokenForms.bare(t.get(from - 1))) && !isDeterminer(t.get(from - 1).toLowerCase(Locale.ROOT))
                && !GivenNames.isGivenName(t.get(nameStart));
        boolean complement = modifiedPlace || nameStart == from && from > 0 && (PLACE_PREPOSITIONS.contains(t.get(from - 1).toLowerCase(Locale.ROOT))
                || t.get(from - 1).equalsIgnoreCase("for")) && !GivenNames.isGivenName(t.get(nameStart))
                && !TokenForms.endsPossessive(t.get(to - 1)); // "of Camille Ferrand’s conversation": a possessive is someone's
        // "the Eastern District of New York", "a North Carolina law firm": a run after an article is a
        // place's or a thing's name, or a modifier, unless it opens with a given name.
        boolean afterArticle = nameStart == from && from > 0 && isDeterminer(TokenForms.bare(t.get(from - 1)))
                && !GivenNames.isGivenName(t.get(nameStart));
        // "High Commissioner for Human Rights", "Minister of Innovation": a run after a preposition completes a title.
        String name = complement || afterArticle ? null : personName(t, nameStart, to);
        if (name == null) {
            noteOtherName(t, from, start, to, paragraph, order);
            return null;
        }
        people.merge(name, 1, Integer::sum);
        occurrences.add(new Occurrence(name, true, paragraph, order));
        if (name.indexOf(' ') > 0) {
            // Two people with one surname ("Bill Clinton", "Hillary Clinton"): the surname alone names neither.
            // "Loretta Lynch" and "Loretta E. Lynch" are one.
            bySurname.merge(name.substring(name.lastIndexOf(' ') + 1), name, (a, b) -> a.isEmpty() ? a
                    : a.substring(0, a.indexOf(' ')).equals(b.substring(0, b.indexOf(' '))) ? a : "");
        }
        String first = t.get(nameStart);
        char given = GivenNames.gender(first);
        // Only before a surname: alone, "Clinton" or "Warren" is more often a surname than a given name.
        if (given != '?' && to - nameStart >= 2) {
            vote(name, given == 'm' ? 0 : 1, SURE);
            described.add(name);
        }
        if (honorific != '?') {
            vote(name, honorific == 'm' ? 0 : 1, SURE);
            described.add(name);
        }
        if (to + 2 < t.size() && (t.get(to).equals(",") || t.get(to).equals("(")) && AGE.matcher(t.get(to + 1)).matches()
                && (t.get(to + 2).equals(",") || t.get(to + 2).equals(")") || t.get(to + 2).equals("ans"))) {
            described.add(name); // "Arnold Brisk, 67,": only people are given an age
        }
        Set<String> words = new HashSet<>();
        for (int k = start; k < nameStart; k++) {
            words.add(TokenForms.bare(t.get(k)));
        }
        char articleGender = describe(t, from, to, words);
        if (!words.isEmpty()) {
            descriptions.add(new Description(name, true, paragraph, order, Set.copyOf(words)));
            // "a law firm, Hadley & Van Brook": a body's description is no sign of a person.
            if (words.stream().anyMatch(Mentions::isRole) || words.stream().noneMatch(Lexicon.ORG_NOUNS::contains)) {
                described.add(name);
            }
        }
        if (articleGender != '?') {
            vote(name, articleGender == 'm' ? 0 : 1, 2);
            described.add(name);
        }
        return name;
    }

    /** A capitalised name that is not a person: kept as a body the article may later call "the company" or "it". */
    private void noteOtherName(List<String> t, int from, int start, int to, int paragraph, int order) {
        boolean opensSentence = from == 0 || !Tokens.isWord(t.get(from - 1)) && !t.get(from - 1).equals(",");
        boolean afterPreposition = from > 0 && PLACE_PREPOSITIONS.contains(TokenForms.bare(TokenForms.elided(t.get(from - 1))));
        String first = t.get(start);
        if (afterPreposition || TokenForms.isElided(first) && first.toLowerCase(Locale.ROOT).startsWith("d")
                || to - start > 4 || opensSentence && to - start == 1 && !(to < t.size() && isVerbLike(t.get(to)))) {
            return;
        }
        for (int k = start; k < to; k++) {
            String bare = TokenForms.bare(t.get(k));
            if (Lexicon.NOT_PERSON.contains(bare) || Lexicon.CAPITALS.containsKey(t.get(k)) || Lexicon.TITLES.contains(bare)
                    || Mentions.isRole(bare) || Lexicon.isSpeechVerb(bare) || Lexicon.HONORIFICS.containsKey(bare)) {
                return;
            }
        }
        String name = TokenForms.withoutPossessive(TokenForms.elided(Mentions.join(t, start, to)));
        otherNames.add(new Occurrence(name, false, paragraph, order));
        Set<String> words = new HashSet<>();
        describe(t, from, to, words);
        if (!words.isEmpty()) {
            descriptions.add(new Description(name, false, paragraph, order, Set.copyOf(words)));
        }
    }

    /** A word right after a name that shows the name is a subject: "Brevalor a annoncé", "Halvorsen Freight will". */
    private static boolean isVerbLike(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return Lexicon.ADVERBS_AND_AUXILIARIES.contains(l) || Lexicon.isSpeechVerb(token) || l.equals("will") || l.equals("va");
    }

    /** Where a name starts when a word before its given name is no part of it: "Meanwhile Rachel Dunne". */
    static int givenNameStart(List<String> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (GivenNames.isGivenName(t.get(k - 1))) {
                return from; // the run opens with a given name: "Christina N Luis Olidem" is one name
            }
            if (GivenNames.isGivenName(t.get(k)) && !PARTICLES.contains(t.get(k - 1))
                    && !isInitial(t.get(k - 1)) && !t.get(k - 1).contains("-")) {
                return k;
            }
        }
        return from;
    }

    /** A person's name from name tokens, or null when they cannot be one. */
    private static String personName(List<String> t, int from, int to) {
        int words = to - from;
        if (words < 1 || words > 5) {
            return null;
        }
        if (words == 1 && !GivenNames.isGivenName(t.get(from))) {
            return null; // a lone capitalised word is a surname, a place or a body: not enough to make a person
        }
        for (int k = from; k < to; k++) {
            String token = t.get(k);
            String bare = TokenForms.bare(token);
            boolean acronym = token.length() > 1 && token.codePoints().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                    && !isInitial(token);
            if (Lexicon.NOT_PERSON.contains(bare) || Lexicon.CAPITALS.containsKey(token) || acronym || Lexicon.isSpeechVerb(bare)) {
                return null;
            }
        }
        return TokenForms.withoutPossessive(Mentions.join(t, from, to));
    }

    /**
     * The words in apposition before a name ({@code l’entraîneur valmontois Stéphane Carrel}, {@code la
     * porte-parole du gouvernement, Sabine Roussel}) and after it ({@code Christophe Lavergne, le coach
     * sarlacois,}) are added to {@code words}; returns the gender a French article there gives.
     */
    private static char describe(List<String> t, int from, int to, Set<String> words) {
        char gender = '?';
        int k = from - 1;
        if (k >= 0 && t.get(k).equals(",")) {
            k--;
        }
        for (int n = 0; k >= 0 && n < 7; k--, n++) {
            String token = t.get(k);
            String lower = token.toLowerCase(Locale.ROOT);
            if (ARTICLES.containsKey(lower)) {
                gender = ARTICLES.get(lower);
                break;
            }
            if (!Tokens.isWord(token) || Lexicon.isSpeechVerb(token) || Lexicon.NAME_STOPS.contains(lower)
                    || (Mentions.isFunctionWord(lower) && !Lexicon.JOINERS.contains(lower))) {
                break;
            }
            String elided = TokenForms.elided(token);
            if (!Lexicon.JOINERS.contains(lower) && !lower.chars().allMatch(Character::isDigit)) {
                words.add(TokenForms.bare(elided));
            }
            if (!elided.equals(token) && !(k >= 1 && Lexicon.JOINERS.contains(t.get(k - 1).toLowerCase(Locale.ROOT)))) {
                break; // l’entraîneur: the article was the elided one (not "de l’Agriculture")
            }
        }
        if (to < t.size() && t.get(to).equals(",")) {
            for (int m = to + 1, n = 0; m < t.size() && n < 8; m++, n++) {
                String token = t.get(m);
                String lower = token.toLowerCase(Locale.ROOT);
                if (n == 0 && ARTICLES.containsKey(lower)) {
                    gender = ARTICLES.get(lower);
                    continue;
                }
                if (!Tokens.isWord(token) || Lexicon.isSpeechVerb(token) || Lexicon.NAME_STOPS.contains(lower)
                        || Lexicon.ADVERBS_AND_AUXILIARIES.contains(lower) || Mentions.nameLike(token) && n == 0
                        || (Mentions.isFunctionWord(lower) && !Lexicon.JOINERS.contains(lower) && !ARTICLES.containsKey(lower))) {
                    break;
                }
                if (!Lexicon.JOINERS.contains(lower) && !ARTICLES.containsKey(lower) && !lower.chars().allMatch(Character::isDigit)) {
                    words.add(TokenForms.bare(TokenForms.elided(token)));
                }
            }
        }
        return gender;
    }

    /**
     * Bodies: a run opened by an organisation word, capitalised or not ({@code Union nationale des
     * salariés (UNS)}, {@code préfecture du Finistère}, {@code the Federal Reserve}), with a capital
     * somewhere in it; and {@code l’entreprise Verdalis}: a capitalised name after an organisation noun.
     */
    private void scanBodies(List<String> t, int paragraph, int order) {
        for (int i = 0; i < t.size(); i++) {
            String token = t.get(i);
            String head = TokenForms.bare(TokenForms.elided(token));
            boolean orgWord = Lexicon.isOrgWord(head);
            boolean orgNoun = Lexicon.ORG_NOUNS.contains(head);
            if (!orgWord && !orgNoun) {
                continue;
            }
            // Back to the start of a capitalised run that this word closes: "the Federal Reserve", "Boston Police Department".
            int start = i;
            if (Tokens.isCapitalised(TokenForms.elided(token))) {
                while (start > 0 && Tokens.isCapitalised(t.get(start - 1)) && !Mentions.isFunctionWord(t.get(start - 1).toLowerCase(Locale.ROOT))
                        && !Lexicon.isOrgWord(TokenForms.bare(t.get(start - 1)))) {
                    start--;
                }
            }
            int end = i + 1;
            boolean capital = Tokens.isCapitalised(TokenForms.elided(token)) && !Mentions.isFunctionWord(head);
            while (end < t.size() && end - i < 9) {
                String u = t.get(end);
                String lower = u.toLowerCase(Locale.ROOT);
                if (u.equals("(") && end + 2 < t.size() && t.get(end + 2).equals(")") && isAcronym(t.get(end + 1))) {
                    end += 3;
                    capital = true;
                    break;
                }
                if (!Tokens.isWord(u) || Lexicon.isSpeechVerb(u) || Lexicon.NAME_STOPS.contains(lower)
                        || Lexicon.ADVERBS_AND_AUXILIARIES.contains(lower)) {
                    break;
                }
                boolean joiner = Lexicon.JOINERS.contains(lower) || ARTICLES.containsKey(lower) && !lower.equals("a")
                        || lower.equals("et") || lower.equals("and");
                if (Mentions.isFunctionWord(lower) && !joiner) {
                    break;
                }
                if (Tokens.isCapitalised(TokenForms.elided(u)) || Mentions.nameLike(u)) {
                    capital = true;
                } else if (!joiner && !(french && FRENCH_HEADS.contains(head))) {
                    break; // "Coastal Flood Agency lifted": English names take no lower-case words
                }
                end++;
            }
            while (end > i + 1 && !Tokens.isWord(t.get(end - 1)) && !t.get(end - 1).equals(")")
                    || end > i + 1 && isJoinerOrArticle(t.get(end - 1))) {
                end--;
            }
            if (!capital || (end == i + 1 && start == i && !Tokens.isCapitalised(token))) {
                continue;
            }
            String name = TokenForms.elided(Mentions.join(t, start, end));
            if (name.split(" ").length < 2 && !isAcronym(name) && !Tokens.isCapitalised(name)) {
                continue;
            }
            bodies.add(name);
            occurrences.add(new Occurrence(name, false, paragraph, order + i));
            Set<String> words = new HashSet<>();
            words.add(head);
            describe(t, start, end, words);
            descriptions.add(new Description(name, false, paragraph, order + i, Set.copyOf(words)));
            i = end - 1;
        }
    }

    private static boolean isJoinerOrArticle(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return Lexicon.JOINERS.contains(l) || ARTICLES.containsKey(l) || l.equals("et") || l.equals("and");
    }

    /** An initial: one upper-case letter and a dot ("E." in "Loretta E. Lynch"). */
    static boolean isInitial(String token) {
        return token.length() >= 2 && token.charAt(token.length() - 1) == '.'
                && Character.getType(token.codePointAt(0)) == Character.UPPERCASE_LETTER
                && Character.charCount(token.codePointAt(0)) == token.length() - 1;
    }

    static boolean isAcronym(String token) {
        return token.length() >= 2 && token.length() <= 8 && Character.isUpperCase(token.charAt(0))
                && token.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The weight of a given name's or an honorific's gender: sure, where a pronoun after a name is
     * only a hint ("… about Alicia Machado as examples of his disrespect" says nothing of her).
     */
    private static final int SURE = 1000;

    private void vote(String name, int gender, int weight) {
        genderVotes.computeIfAbsent(name, k -> new int[2])[gender] += weight;
        votesByPerson = null;
    }

    // ---- asking ----

    /** How far back a role or a body's description may look for what the article called it: an article, not an archive. */
    private static final int DESCRIPTION_REACH = 200;

    /**
     * The entries of a list in paragraph order that lie in paragraphs {@code from} to {@code to}: found
     * by binary search, so that resolving every quotation of a huge article stays linear in it.
     */
    private static <T> List<T> between(List<T> list, java.util.function.ToIntFunction<T> paragraphOf, int from, int to) {
        return list.subList(firstAtOrAfter(list, paragraphOf, from), firstAtOrAfter(list, paragraphOf, to + 1));
    }

    private static <T> int firstAtOrAfter(List<T> list, java.util.function.ToIntFunction<T> paragraphOf, int paragraph) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphOf.applyAsInt(list.get(mid)) < paragraph) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean isDeterminer(String lower) {
        return ARTICLES.containsKey(lower);
    }

    /** The gender a French article gives the person a role names: 'f' for la ministre, 'm' for le maire. */
    static char articleGender(String lower) {
        return ARTICLES.getOrDefault(lower, '?');
    }

    boolean isBody(String name) {
        return bodies.contains(name);
    }

    boolean isPerson(String name) {
        return people.containsKey(name);
    }

    /** The full name a short one stands for: "Pence" → "Mike Pence", "Le Goff" → "Jean-Yves Le Goff", "Léa" → "Léa Castagné". */
    String fullName(String name) {
        if (byLastWord == null) {
            // Indexed once, by first and last word, so that each lookup costs the names that share a word.
            byLastWord = new HashMap<>();
            byFirstWord = new HashMap<>();
            for (String person : people.keySet()) {
                byLastWord.computeIfAbsent(person.substring(person.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(person);
                int space = person.indexOf(' ');
                if (space > 0) {
                    byFirstWord.computeIfAbsent(person.substring(0, space), k -> new ArrayList<>()).add(person);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (String candidate : byLastWord.getOrDefault(name.substring(name.lastIndexOf(' ') + 1), List.of())) {
            int count = people.get(candidate);
            if (candidate.length() > name.length() && candidate.endsWith(" " + name) && count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        if (best != null) {
            return best;
        }
        String byFirst = null;
        for (String candidate : name.contains(" ") ? List.<String>of() : byFirstWord.getOrDefault(name, List.of())) {
            if (candidate.startsWith(name + " ")) {
                if (byFirst != null && !byFirst.equals(candidate)) {
                    return null; // two people share that first name: no telling which
                }
                byFirst = candidate;
            }
        }
        return byFirst;
    }

    /** The fullest form of a name the article gives (asked for every candidate of every quotation: kept once found). */
    String canonical(String name) {
        return canonicalNames.computeIfAbsent(name, n -> {
            String full = fullName(n);
            return full != null ? full : n;
        });
    }

    /** 'm', 'f' or '?' from all the evidence for a person, under any form of the name. */
    char gender(String name) {
        if (votesByPerson == null) {
            votesByPerson = new HashMap<>();
            for (Map.Entry<String, int[]> e : genderVotes.entrySet()) {
                int[] v = votesByPerson.computeIfAbsent(canonical(e.getKey()), k -> new int[2]);
                v[0] += e.getValue()[0];
                v[1] += e.getValue()[1];
            }
        }
        int[] v = votesByPerson.get(canonical(name));
        if (v == null || v[0] == v[1]) {
            String first = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
            return GivenNames.gender(first);
        }
        return v[0] > v[1] ? 'm' : 'f';
    }

    /** Whether a person may be who a pronoun or a gendered role stands for. */
    boolean compatible(String name, char wanted) {
        if (wanted == '?') {
            return true;
        }
        char g = gender(name);
        return g == '?' || g == wanted;
    }

    /**
     * The one the article described with these words (a role, a body's kind), named in a paragraph up
     * to {@code paragraph}: the best match on the words, the head word counting double, the latest
     * on a tie; null when no description shares the head word or two others.
     */
    String describedAs(List<String> words, Set<String> qualifiers, String head, char gender, int paragraph, boolean person) {
        Description best = null;
        int bestScore = 0;
        for (Description d : between(descriptions, Description::paragraph, paragraph - DESCRIPTION_REACH, paragraph)) {
            if (d.person() != person || (person && !compatible(d.name(), gender)) || !qualifies(d, qualifiers)) {
                continue;
            }
            int score = 0;
            boolean headShared = false;
            for (String w : words) {
                if (d.words().contains(w) || d.words().contains(singular(w))) {
                    score += w.equals(head) ? 2 : 1;
                    headShared |= w.equals(head);
                }
            }
            if ((headShared || score >= 2) && score >= bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best == null ? null : person ? canonical(best.name()) : best.name();
    }

    /**
     * Whether what the article called someone holds each capitalised qualifier of a description:
     * "the French foreign ministry" is not "Russia's foreign ministry", "the Republican leader" not a Democrat.
     */
    private static boolean qualifies(Description d, Set<String> qualifiers) {
        String name = d.name().toLowerCase(Locale.ROOT);
        for (String q : qualifiers) {
            if (!d.words().contains(q) && !name.contains(q)) {
                return false;
            }
        }
        return true;
    }

    /** A body whose own name holds the head noun or a word of its family ({@code le syndicat} → {@code Union syndicale …}). */
    String bodyNamedWith(String head, int paragraph) {
        String best = null;
        for (Occurrence o : between(occurrences, Occurrence::paragraph, paragraph - DESCRIPTION_REACH, paragraph)) {
            if (o.person()) {
                continue;
            }
            for (String w : o.name().toLowerCase(Locale.ROOT).split("[\\s’']+")) {
                if (sameFamily(w, head)) {
                    best = o.name();
                    break;
                }
            }
        }
        return best;
    }

    /** The fullest name of a body the article gives: "Régie" → "Régie des transports de Valmont". */
    String fullBodyName(String name) {
        String best = name;
        for (String body : bodies) {
            if (body.length() > best.length() && body.startsWith(name + " ")) {
                best = body;
            }
        }
        return best;
    }

    /** The last body named in paragraphs {@code since} to {@code paragraph}: a marked one, else another capitalised name. */
    String lastBody(int paragraph, int since) {
        String last = lastOf(occurrences, paragraph, since, o -> !o.person());
        // "Lopez replied": a surname of a person the article named in full is no body.
        return last != null ? last : lastOf(otherNames, paragraph, since, o -> !o.person() && !isPerson(canonical(o.name())));
    }

    /** The name of the last occurrence in paragraphs {@code since} to {@code paragraph} that passes {@code test}. */
    private static String lastOf(List<Occurrence> list, int paragraph, int since, java.util.function.Predicate<Occurrence> test) {
        String last = null;
        for (Occurrence o : between(list, Occurrence::paragraph, since, paragraph)) {
            if (test.test(o)) {
                last = o.name();
            }
        }
        return last;
    }

    /** Whether the article shows the name is a person's: a given name, an honorific, a role beside it. */
    private boolean evidenced(String name) {
        if (described.contains(name)) {
            return true;
        }
        if (describedCanonical == null) {
            describedCanonical = new HashSet<>();
            described.forEach(d -> describedCanonical.add(canonical(d)));
        }
        return describedCanonical.contains(canonical(name));
    }

    /** The last person a pronoun of this gender may stand for, named in paragraphs {@code since} to {@code paragraph}. */
    String lastPerson(int paragraph, int since, char gender) {
        String lastEvidenced = null;
        Set<String> others = new HashSet<>();
        for (Occurrence o : between(occurrences, Occurrence::paragraph, since, paragraph)) {
            if (o.person() && compatible(o.name(), gender)) {
                if (evidenced(o.name())) {
                    lastEvidenced = o.name();
                } else {
                    others.add(canonical(o.name()));
                }
            }
        }
        // A name with some sign of being a person's (a given name, an honorific, a role, an age) stands
        // for "he" or "elle"; the pronouns that follow a name are no such sign. A name without one is
        // taken only when it is the one name in reach.
        String chosen = lastEvidenced != null ? lastEvidenced : others.size() == 1 ? others.iterator().next() : null;
        return chosen == null ? null : canonical(chosen);
    }

    /** The order of the token {@code tokensBefore} tokens into paragraph {@code paragraph}. */
    int orderAt(int paragraph, int tokensBefore) {
        return paragraphOrder.getOrDefault(paragraph, 0) + tokensBefore;
    }

    /**
     * The last person the article names as a sentence's subject, with a sign of being a person's,
     * in a paragraph after {@code afterParagraph} and before token {@code beforeOrder}: who the
     * story turned to since the last speaker spoke. A name elsewhere in a sentence ("Trump
     * attacked Clinton") is someone spoken about, not a new speaker.
     */
    String lastPersonNamedSince(int afterParagraph, int beforeOrder, char gender) {
        Occurrence last = null;
        for (Occurrence o : between(occurrences, Occurrence::paragraph, afterParagraph + 1, Integer.MAX_VALUE - 1)) {
            if (o.order() < beforeOrder && o.person() && subjects.contains(o.order()) && (last == null || o.order() > last.order())
                    && evidenced(o.name()) && compatible(o.name(), gender)) {
                last = o;
            }
        }
        return last == null ? null : canonical(last.name());
    }

    /** The last person named since {@code since} whose gender is known to be {@code gender}. */
    String lastPersonOfGender(int paragraph, int since, char gender) {
        // Only a name with a sign of being a person's: pronouns after "the Eastern District" make it no she.
        String last = lastOf(occurrences, paragraph, since, o -> o.person() && evidenced(o.name()) && gender(o.name()) == gender);
        return last == null ? null : canonical(last);
    }

    /** The article's main person: named at least twice and more often than anyone else, else null. */
    String salient() {
        if (salient == null) {
            salient = java.util.Optional.ofNullable(findSalient());
        }
        return salient.orElse(null);
    }

    private String findSalient() {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, Integer> e : people.entrySet()) {
            counts.merge(canonical(e.getKey()), e.getValue(), Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
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

    /** syndicat / syndicale, gouvernement / gouvernemental: a shared stem of six letters or the whole shorter word. */
    static boolean sameFamily(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        return n >= 6 && a.regionMatches(0, b, 0, 6) && Math.abs(a.length() - b.length()) <= 4;
    }

    static String singular(String w) {
        return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w;
    }
}
