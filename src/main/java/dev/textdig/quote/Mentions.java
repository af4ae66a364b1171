package dev.textdig.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads how a sentence names a speaker: the noun phrase after a speech verb, or the subject before it. */
final class Mentions {
    private static final int MAX_WORDS = 8;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "le", "la",
            "les", "un", "une", "son", "sa", "ses");
    /** A party and state in apposition ("R-Ohio", "D-N.M." however its last dot was split off), not a name. */
    static boolean isPartyState(List<String> words) {
        return !words.isEmpty() && words.size() <= 2 && PARTY_STATE.matcher(String.join("", words)).matches();
    }

    /** "one aide", "another official": a role the article gives no one in particular. */
    private static final Set<String> UNNAMED_DETERMINERS = Set.of("one", "another");
    /** A US legislator's party and state in apposition: R-Ohio, D-N.Y., I-Vt. */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");
    /** Name particles written in lower case: d’Orsay, al-Assad, van Gogh. */
    private static final Pattern PARTICLE_NAME = Pattern.compile("^(d|l|de|da|di|du|del|van|von|al|el|bin|ibn)[’'\\-]?\\p{Lu}.*");
    private static final String[] PARTICLES = {"d", "l", "de", "da", "di", "du", "del", "van", "von", "al", "el", "bin", "ibn"};

    /** Three-word asides between a subject and its verb. */
    private static final Set<String> ASIDES = Set.of("de son côté", "de leur côté", "pour sa part", "pour leur part",
            "quant à lui", "quant à elle", "for his part", "for her part", "for its part", "for their part");
    /** Words that open a sentence, capitalised there, and are never part of a name: "Meanwhile Rachel Dunne said". */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "however", "moreover", "still", "yet",
            "instead", "nonetheless", "nevertheless", "furthermore", "additionally", "later", "earlier", "now", "today",
            "yesterday", "separately", "elsewhere", "afterward", "afterwards", "finally", "indeed", "thus", "therefore",
            "overall", "initially", "previously", "recently", "currently", "ultimately", "similarly", "likewise",
            "asked", "speaking", "responding", "writing", "following", "according", "clarification", "correction", "update", "cependant", "pourtant", "ensuite", "enfin", "désormais",
            "aujourd’hui", "hier", "interrogé", "interrogée", "invité", "invitée");

    private static final Set<String> NOUNS_IN_LY = Set.of("family", "ally", "assembly", "rally", "supply", "anomaly",
            "monopoly", "homily", "bully", "folly", "belly", "jelly", "reply", "butterfly", "melancholy", "italy");

    private Mentions() {
    }

    static boolean isPronoun(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return Lexicon.PERSON_PRONOUNS.contains(l) || Lexicon.THING_PRONOUNS.contains(l);
    }

    static boolean nameLike(String token) {
        return Tokens.isCapitalised(token) || particleName(token);
    }

    /** {@link #PARTICLE_NAME} as char tests: asked of every lower-case token of every article. */
    private static boolean particleName(String token) {
        if (token.isEmpty() || "dlvaebi".indexOf(token.charAt(0)) < 0) {
            return false;
        }
        if (TokenForms.hasLineBreak(token)) {
            return PARTICLE_NAME.matcher(token).matches();
        }
        for (String particle : PARTICLES) {
            if (token.startsWith(particle)) {
                int at = particle.length();
                if (at < token.length() && "’'-".indexOf(token.charAt(at)) >= 0) {
                    at++;
                }
                if (at < token.length() && Character.getType(token.codePointAt(at)) == Character.UPPERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The phrase starting at {@code from}: a pronoun, or a determiner, names and nouns up to a stop word. */
    static String forward(List<String> tokens, int from) {
        if (from >= tokens.size() || !Tokens.isWord(tokens.get(from))) {
            return null;
        }
        if (isPronoun(tokens.get(from))) {
            return tokens.get(from);
        }
        String opening = tokens.get(from).toLowerCase(Locale.ROOT);
        if (Lexicon.UNNAMED.contains(opening)) {
            // "said one commuter, Janet Moore": the name in apposition speaks; "said another": no one named.
            if (from + 1 < tokens.size() && Tokens.isWord(tokens.get(from + 1)) && Character.isLowerCase(tokens.get(from + 1).codePointAt(0))
                    && isNounLike(tokens.get(from + 1))) {
                int end = apposedName(tokens, from + 2);
                if (end > from + 2) {
                    return Mentions.join(tokens, from, end);
                }
            }
            return tokens.get(from);
        }
        if (Lexicon.HONORIFICS.containsKey(opening) && from + 1 < tokens.size() && nameLike(tokens.get(from + 1))) {
            String name = forward(tokens, from + 1); // "a plaidé Me Hugo Lemaire", "said Mr. Grant"
            return name == null ? null : tokens.get(from) + " " + name;
        }
        int end = from;
        boolean named = false;
        boolean determiner = false;
        boolean afterJoiner = false;
        String lastWord = null;
        while (end < tokens.size() && end - from < MAX_WORDS) {
            String t = tokens.get(end);
            String l = t.toLowerCase(Locale.ROOT);
            if (!Tokens.isWord(t)) {
                break;
            }
            if (end == from && isPossessive(t) && nameLike(t) && end + 1 < tokens.size() && Tokens.isWord(tokens.get(end + 1))
                    && Character.isLowerCase(tokens.get(end + 1).codePointAt(0)) && isNounLike(tokens.get(end + 1))) {
                // "Okafor's deputy, Ruth Amsel": a possessive name is the description's determiner, not its subject.
                determiner = true;
                end++;
                continue;
            }
            if (end == from && isElidedArticle(t)) {
                // "l’entraîneur valmontois": an elided article and its noun in one token.
                determiner = true;
                lastWord = TokenForms.elided(l);
                end++;
                continue;
            }
            if (DETERMINERS.contains(l)) {
                if (end != from && !afterJoiner) {
                    break;
                }
                determiner |= end == from;
            } else if (Lexicon.JOINERS.contains(l)) {
                if (end == from || !joinsAName(tokens, end)) {
                    break;
                }
                afterJoiner = true;
                end++;
                continue;
            } else if (end > from && (Lexicon.NAME_STOPS.contains(l) || Lexicon.isSpeechVerb(t))) {
                break;
            } else if (nameLike(t) && !(end == from && isFunctionWord(l))) {
                named = true;
            } else if (!isNounLike(l) || (!determiner && !(end == from && isRole(l)) && !nameFollows(tokens, end))) {
                break;
            }
            afterJoiner = false;
            lastWord = l;
            end++;
        }
        if (afterJoiner) {
            end--;
        }
        boolean role = lastWord != null && isRole(lastWord);
        if (!named && lastWord != null && Lexicon.SPEECH_NOUNS.contains(lastWord) && end + 1 < tokens.size()
                && (tokens.get(end).equalsIgnoreCase("from") || tokens.get(end).equalsIgnoreCase("by"))) {
            String source = forward(tokens, end + 1); // "read a statement from Corvane"
            if (source != null) {
                return source;
            }
        }
        if (!named && (determiner || role)) {
            end = apposedName(tokens, end);
        }
        return named || determiner || role ? nonEmpty(Mentions.join(tokens, from, end)) : null;
    }

    /**
     * A verb of saying with a subject of its own ends the search for a name before an aside; one in
     * a participle or a "who" clause inside the aside does not ("Mayor Fenwick, answering a resident
     * who asked about the bridge, said").
     */
    private static boolean ownsClause(List<String> tokens, int k) {
        String t = tokens.get(k);
        return Lexicon.isSpeechVerb(t) && !t.toLowerCase(Locale.ROOT).endsWith("ing")
                && !(k > 0 && tokens.get(k - 1).equalsIgnoreCase("who"));
    }

    static boolean isPossessive(String token) {
        return token.endsWith("'s") || token.endsWith("’s");
    }

    /** "cynically", "repeatedly": a manner adverb between a subject and its verb (not "family", "assembly"). */
    private static boolean isAdverb(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(token.codePointAt(0)) && l.length() > 4 && l.endsWith("ly") && !NOUNS_IN_LY.contains(l);
    }

    /** "l’entreprise": an elided article with its noun (not "qu’elle", not "d’Orsay"). */
    static boolean isElidedArticle(String token) {
        return (token.startsWith("l’") || token.startsWith("l'") || token.startsWith("L’") || token.startsWith("L'"))
                && token.length() > 2 && Character.isLowerCase(token.codePointAt(2));
    }

    /** "said councilman Bob Stone": a lower-case title right before a name (at most three words before it). */
    private static boolean nameFollows(List<String> tokens, int at) {
        for (int k = at + 1; k < tokens.size() && k - at <= 4; k++) {
            String t = tokens.get(k);
            if (nameLike(t) && !isFunctionWord(t.toLowerCase(Locale.ROOT))) {
                return k + 1 < tokens.size() && nameLike(tokens.get(k + 1)) || GivenNames.isGivenName(t);
            }
            if (!Tokens.isWord(t) || !isNounLike(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "la porte-parole du gouvernement, Sabine Roussel,": a description followed, after its
     * complement, by the name in apposition. Returns where the mention ends: past the name, or
     * {@code end} unchanged.
     */
    private static int apposedName(List<String> tokens, int end) {
        int k = end;
        while (k < tokens.size() && k - end < 5 && Tokens.isWord(tokens.get(k)) && !nameLike(tokens.get(k))
                && !Lexicon.isSpeechVerb(tokens.get(k)) && !Lexicon.NAME_STOPS.contains(tokens.get(k).toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k + 2 < tokens.size() && tokens.get(k).equals(",") && nameLike(tokens.get(k + 1)) && nameLike(tokens.get(k + 2))
                && !isFunctionWord(tokens.get(k + 1).toLowerCase(Locale.ROOT))) {
            int n = k + 1;
            while (n < tokens.size() && n - k <= 5 && (nameLike(tokens.get(n)) || Lexicon.JOINERS.contains(tokens.get(n)))) {
                n++;
            }
            boolean closed = n >= tokens.size() || !Tokens.isWord(tokens.get(n));
            return closed ? n : end;
        }
        return end;
    }

    /** The subject ending just before {@code end}: skips adverbs and auxiliaries, stops at punctuation and clause words. */
    static String backward(List<String> tokens, int end) {
        int i = end - 1;
        while (i >= 0) {
            if (Lexicon.ADVERBS_AND_AUXILIARIES.contains(tokens.get(i).toLowerCase(Locale.ROOT)) || isAdverb(tokens.get(i))) {
                i--;
            } else if (i >= 2 && ASIDES.contains(String.join(" ", tokens.subList(i - 2, i + 1)).toLowerCase(Locale.ROOT))) {
                i -= 3; // "Paul Garnier a de son côté appelé", "Clinton, for her part, said"
            } else {
                break;
            }
        }
        if (i >= 0 && tokens.get(i).equals(")")) {
            int open = tokens.subList(0, i).lastIndexOf("(");
            if (open >= 0 && i - open <= 6) {
                String body = open >= 1 ? bodyBackward(tokens, open - 1) : null;
                if (body != null) {
                    return join(tokens, tokens.subList(0, open).lastIndexOf(Tokens.of(body).get(0)), i + 1); // "L’Union … (UNS)"
                }
                i = open - 1;
            }
        }
        if (i >= 1 && tokens.get(i).equals(",")) {
            // "Malkia Cyril, the executive director at the Center, told": the name before the apposition;
            // "The mayor, Claire Dubois, told": the name in it.
            // With several asides ("Jean-Marc Ayrault, the foreign minister of France, a permanent member
            // of the Security Council, said"), each is tried in turn, back to the name that opens them.
            int segmentEnd = i;
            for (int k = i - 1; k > 0 && i - k <= 45; k--) {
                if (tokens.get(k).equals(",")) {
                    // "Sen. Laura Whitfield, R-Ohio, said": a party and state is an aside, not a name.
                    List<String> aside = tokens.subList(k + 1, segmentEnd);
                    if (!isPartyState(aside) && (isName(aside) || endsWithName(aside))) {
                        return join(tokens, k + 1, segmentEnd); // "Its sponsor, state senator Lena Farris, said"
                    }
                    String name = backward(tokens, k);
                    if (name != null && nameLike(name) && !isPronoun(name)) {
                        return name;
                    }
                    segmentEnd = k;
                    continue;
                }
                boolean abbreviationDot = k > 0 && isPartyState(tokens.subList(k - 1, k + 1)); // "D-N.M."
                if (tokens.get(k).equals(".") && !abbreviationDot || tokens.get(k).equals(";") || ownsClause(tokens, k)) {
                    break;
                }
            }
            return null;
        }
        if (i < 0 || !Tokens.isWord(tokens.get(i))) {
            return null;
        }
        String relative = tokens.get(i).toLowerCase(Locale.ROOT);
        if ((relative.equals("who") || relative.equals("qui")) && i >= 2 && tokens.get(i - 1).equals(",")) {
            String antecedent = backward(tokens, i); // "Marc H. Morial, the chief executive …, who suggested"
            if (antecedent == null) {
                antecedent = backward(tokens, i - 1); // "à la préfecture, qui appelle"
            }
            if (antecedent != null && !isPronoun(antecedent)) {
                return antecedent;
            }
        }
        if (isPronoun(tokens.get(i))) {
            return tokens.get(i);
        }
        String unnamed = tokens.get(i).toLowerCase(Locale.ROOT);
        if (Lexicon.UNNAMED.contains(unnamed) && (i == 0 || !Tokens.isWord(tokens.get(i - 1))
                || !DETERMINERS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT)))) {
            return tokens.get(i); // "one said": someone the article does not name
        }
        int start = i + 1;
        boolean named = false;
        boolean determiner = false;
        for (int j = i; j >= 0 && i - j < MAX_WORDS; j--) {
            String t = tokens.get(j);
            String l = t.toLowerCase(Locale.ROOT);
            if (!Tokens.isWord(t)) {
                break;
            }
            if (DETERMINERS.contains(l)) {
                start = j;
                determiner = true;
                if (j >= 2 && Lexicon.JOINERS.contains(tokens.get(j - 1).toLowerCase(Locale.ROOT)) && Tokens.isWord(tokens.get(j - 2))) {
                    j--; // "la préfecture de la Sarthe": the article of a complement; the phrase goes on
                    start = j;
                    continue;
                }
                break;
            }
            if (Lexicon.JOINERS.contains(l) && named && j > 0 && Tokens.isWord(tokens.get(j - 1))) {
                start = j;
                continue;
            }
            if (Lexicon.NAME_STOPS.contains(l) || Lexicon.isSpeechVerb(t) || isFunctionWord(l)) {
                break;
            }
            if (isElidedArticle(t) && (j < i || isRole(TokenForms.elided(l)) || Lexicon.ORG_NOUNS.contains(TokenForms.elided(l)))) {
                start = j; // "l’entreprise a annoncé", "l’adjointe aux finances"
                determiner = true;
                break;
            }
            if (nameLike(t)) {
                named = true;
            } else if (!(isNounLike(l) && (j < i || isRole(l) || Lexicon.ORG_NOUNS.contains(l)))) {
                break;
            }
            start = j;
        }
        if (start > i || !named && !determiner && !isRole(TokenForms.elided(tokens.get(i).toLowerCase(Locale.ROOT)))) {
            String body = bodyBackward(tokens, i);
            if (body != null) {
                return body;
            }
        }
        if (start > i) {
            return null;
        }
        if (Lexicon.JOINERS.contains(tokens.get(start).toLowerCase(Locale.ROOT))) {
            start++;
        }
        String last = TokenForms.elided(tokens.get(i).toLowerCase(Locale.ROOT));
        boolean role = isRole(last) || Lexicon.ORG_NOUNS.contains(last);
        if (!named && start > 0 && UNNAMED_DETERMINERS.contains(tokens.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--; // "one aide said", "another official said": someone the article does not name
        }
        return named || role || (determiner && start < i) ? nonEmpty(join(tokens, start, i + 1)) : null;
    }

    /**
     * A body's name ending at {@code i}, read back to its article or to the organisation word that
     * opens it: "L’Union nationale des salariés", "L’Observatoire des glaciers alpins". Null when the
     * phrase holds no organisation word.
     */
    private static String bodyBackward(List<String> tokens, int i) {
        boolean organisation = false;
        for (int j = i; j >= 0 && i - j < 10; j--) {
            String t = tokens.get(j);
            String l = t.toLowerCase(Locale.ROOT);
            if (!Tokens.isWord(t) || Lexicon.isSpeechVerb(t) || Lexicon.NAME_STOPS.contains(l) && !Lexicon.JOINERS.contains(l)) {
                return null;
            }
            organisation |= Lexicon.isOrgWord(t);
            boolean opens = DETERMINERS.contains(l) || isElidedArticle(t) || TokenForms.isElided(t) && nameLike(t);
            if (opens && !(j >= 1 && Lexicon.JOINERS.contains(tokens.get(j - 1).toLowerCase(Locale.ROOT)))) {
                return organisation ? join(tokens, j, i + 1) : null;
            }
            if (isFunctionWord(l) && !Lexicon.JOINERS.contains(l) && !DETERMINERS.contains(l)) {
                return null;
            }
        }
        return null;
    }

    /** "state senator Lena Farris": lower-case titles, then a name of two words or more. */
    private static boolean endsWithName(List<String> words) {
        int n = words.size();
        if (n < 3 || n > 7 || !nameLike(words.get(n - 1)) || !nameLike(words.get(n - 2))) {
            return false;
        }
        for (int k = 0; k < n - 2; k++) {
            String w = words.get(k);
            if (!Tokens.isWord(w) || nameLike(w) && !Lexicon.TITLES.contains(w.toLowerCase(Locale.ROOT))
                    || !nameLike(w) && !isRole(w.toLowerCase(Locale.ROOT)) && !Lexicon.TITLES.contains(w.toLowerCase(Locale.ROOT))
                    && !isNounLike(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return isRole(words.get(n - 3).toLowerCase(Locale.ROOT)) || Lexicon.TITLES.contains(words.get(n - 3).toLowerCase(Locale.ROOT));
    }

    /** A short run of capitalised words, not opening with a function word: a person's or body's name. */
    private static boolean isName(List<String> words) {
        if (words.isEmpty() || words.size() > 5 || isFunctionWord(words.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (!nameLike(w)) {
                return false;
            }
        }
        return true;
    }

    /** "of the Republic", "de la République": a preposition inside a name or title. */
    private static boolean joinsAName(List<String> tokens, int i) {
        int j = i + 1;
        if (j < tokens.size() && DETERMINERS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
            j++;
        }
        return j < tokens.size() && nameLike(tokens.get(j));
    }

    /** Sentence-initial "But", "When", "And": capitalised, yet no part of a name. */
    static boolean isFunctionWord(String lower) {
        return !lower.equals("i") && (SENTENCE_ADVERBS.contains(lower) || dev.textdig.article.Stopwords.isStopword(lower, dev.textdig.article.Language.EN)
                || dev.textdig.article.Stopwords.isStopword(lower, dev.textdig.article.Language.FR))
                && !lower.equals("us") && !lower.equals("may");
    }

    static boolean isRole(String lower) {
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return Lexicon.PERSON_ROLES.contains(lower) || Lexicon.PERSON_ROLES.contains(singular);
    }

    /** Lower-case words that may sit inside a description: "the council leader", "the influential US daily". */
    private static boolean isNounLike(String lower) {
        return lower.length() > 2 && !Lexicon.NAME_STOPS.contains(lower) && !Lexicon.isSpeechVerb(lower)
                && !Lexicon.ADVERBS_AND_AUXILIARIES.contains(lower) && lower.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '’' || c == '\'');
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String join(List<String> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = tokens.get(i);
            boolean afterParen = i > from && tokens.get(i - 1).equals("(");
            if (b.length() > 0 && !afterParen && (Tokens.isWord(t) || t.equals("("))) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString().strip();
    }
}
