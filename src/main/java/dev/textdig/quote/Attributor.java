package dev.textdig.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a quotation is attributed to in the sentence around it: a speech verb after it
 * ({@code ,” said X}, {@code ,” X said}, {@code », a déclaré X}, {@code », a-t-il ajouté}), or
 * before it ({@code X said: “}, {@code X urged “}), a colon ({@code X: “}), {@code according to X}
 * or {@code selon X}, a possessive noun of saying ({@code Paris’ condemnation of an “…”}), a
 * subject before a quotation woven into its clause ({@code the ministry had “condemned …”}), or a
 * transcript's {@code NAME:} at the start of the quotation.
 */
final class Attributor {
    /** Only this many words before a quotation are searched for its speech verb. */
    private static final int VERB_WINDOW = 30;
    /** Words after a quotation searched for "X said". */
    private static final int AFTER_WINDOW = 25;
    private static final Pattern TRANSCRIPT = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’\\- ]{1,30}\\p{Lu}):\\s");
    private static final Pattern FRENCH_INVERSION = Pattern.compile("(?i)^(\\p{L}+)-t-(il|elle|ils|elles|on)$|^(\\p{L}+)-(il|elle|ils|elles)$");
    private static final java.util.Set<String> DASHES = java.util.Set.of("―", "—", "–");
    /** Words between a quotation's comma and a French verb of saying that follows it. */
    private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("a", "avait", "ont", "avaient", "aura",
            "se", "s’est", "s'est", "s’était", "s'était", "fait", "faisait", "avait-il", "lui", "leur", "y");
    /** Verbs whose object, not their subject, follows them: "told The Huffington Post". */
    private static final java.util.Set<String> ADDRESSEE_VERBS = java.util.Set.of("told", "tells", "tell", "telling");
    private static final java.util.Set<String> PERSON_SUBJECTS = java.util.Set.of("he", "she", "il", "elle");
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("was", "were", "been", "being", "be", "is", "are", "été");
    /** Days, times and adverbs between an inverted verb of saying and its subject. */
    private static final java.util.Set<String> ADVERBIALS_AFTER_VERB = java.util.Set.of("lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "matin", "soir", "midi", "hier", "pourtant", "toutefois", "cependant", "encore",
            "aussi", "alors", "ensuite", "enfin", "déjà", "également", "d’emblée", "d'emblée", "aussitôt", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "later", "earlier", "also", "again");
    private static final Pattern TIMES_AFTER_EN = Pattern.compile("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\\d{4}");
    private static final java.util.Set<String> ADDRESSEE_PREPOSITIONS = java.util.Set.of("à", "au", "aux", "auprès", "devant", "to");
    private static final java.util.Set<String> PLACE_OF_ON = java.util.Set.of("à", "au", "aux", "chez", "dans");

    private Attributor() {
    }

    /**
     * @param previous the paragraph before, or null: a colon ending it introduces a quotation that
     *                 opens this one ({@code Caddell continued:})
     */
    static Attribution attribute(List<QuoteSpan> sameParagraph, int index, String previous) {
        QuoteSpan span = sameParagraph.get(index);
        String text = span.paragraph().text();
        Matcher transcript = TRANSCRIPT.matcher(span.text());
        if (transcript.find()) {
            return new Attribution(transcript.group(1).strip(), ":");
        }
        Matcher turn = QuoteFinder.TURN.matcher(text);
        if (span.openMarkIndex() < 0 && turn.find() && turn.end() == span.startIndex()) {
            return new Attribution(turn.group(1).strip(), ":"); // a transcript's turn
        }
        boolean oneWord = span.text().strip().indexOf(' ') < 0;
        int sentenceEnd = Sentences.end(text, span.after(), sameParagraph, index);
        List<String> after = introducesNext(span, sameParagraph, index, sentenceEnd)
                ? List.of() : Tokens.of(text.substring(span.after(), sentenceEnd));
        Attribution a = afterQuote(after, false);
        if (a.found()) {
            return a;
        }
        // "“…,” said 9/11 widow …": a verb of its own whose speaker is not found. The quotation is
        // then nobody's rather than the previous speaker's.
        String ownCue = a.cue();
        a = attributeFurther(span, sameParagraph, index, previous, text, after, oneWord);
        return a.found() || ownCue == null ? a : new Attribution(null, ownCue);
    }

    /**
     * Whether the words after a quotation that ends its sentence run, with no full stop, into the
     * next quotation of the paragraph: they open a new sentence that introduces that one
     * ({@code “… a wild run.” He added that it would be phased out “as soon as …”}), and say
     * nothing of this one. A quotation that goes on ({@code “Why now?” Smith asked, “and why here?”})
     * shares them.
     */
    private static boolean introducesNext(QuoteSpan span, List<QuoteSpan> sameParagraph, int index, int sentenceEnd) {
        if (index + 1 >= sameParagraph.size()) {
            return false;
        }
        QuoteSpan next = sameParagraph.get(index + 1);
        return !next.continuation() && sentenceEnd >= next.before() && Sentences.endsSentence(span.paragraph().text(), span);
    }

    private static Attribution attributeFurther(QuoteSpan span, List<QuoteSpan> sameParagraph, int index, String previous,
            String text, List<String> after, boolean oneWord) {
        Attribution a;
        int sentenceStart = Sentences.start(text, span.before(), sameParagraph, index);
        String beforeText = Sentences.withoutQuotes(text, sentenceStart, span.before(), sameParagraph, index);
        if (beforeText.isBlank() && previous != null && previous.strip().endsWith(":")) {
            String prev = previous.strip();
            beforeText = prev.substring(Sentences.start(prev, prev.length() - 1, List.of(), -1));
        }
        List<String> before = Tokens.of(beforeText);
        a = beforeQuote(before);
        if (a.found()) {
            return a;
        }
        if (oneWord) {
            return Attribution.NONE; // a scare quote ("the “temporary” bridge"): no one is quoted
        }
        a = afterQuote(after, true);
        if (a.found()) {
            return a;
        }
        a = accordingTo(after);
        return a.found() || !beforeText.isBlank() ? a : saidJustBefore(text, sentenceStart, sameParagraph, index);
    }

    /**
     * A quotation that opens its sentence right after one that ends "…, Schiff said." (with no quotation
     * of its own): the writer paraphrased, then quoted, the same speaker.
     */
    private static Attribution saidJustBefore(String text, int sentenceStart, List<QuoteSpan> spans, int index) {
        int end = sentenceStart - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= 0 || text.charAt(end) != '.' || index > 0 && spans.get(index - 1).after() > end - 200
                && spans.get(index - 1).after() > Sentences.start(text, end, List.of(), -1)) {
            return Attribution.NONE;
        }
        List<String> t = Tokens.of(text.substring(Sentences.start(text, end, List.of(), -1), end));
        int n = t.size();
        if (n >= 2 && finiteSpeechVerb(t.get(n - 1))) {
            return attribution(Mentions.backward(t, n - 1), t.get(n - 1));
        }
        for (int v = n - 2; v >= 0 && n - v <= 6; v--) {
            if (finiteSpeechVerb(t.get(v)) && t.get(v - Math.min(v, 1)).equals(",")) {
                String mention = Mentions.forward(t, v + 1);
                if (mention != null && v + 1 + Tokens.of(mention).size() == n) {
                    return new Attribution(mention, t.get(v));
                }
            }
        }
        // After an attributed quotation in the paragraph, the quotation continues it (inherited).
        return index == 0 ? shortSentenceAbout(t) : Attribution.NONE;
    }

    /**
     * "Hale was less sure. “I'll believe it when I see it.”": a short sentence whose subject is a
     * person (a name, or he, she, il, elle), then a quotation that opens the next sentence: the
     * subject's words. No cue: the text gives no verb of saying.
     */
    private static Attribution shortSentenceAbout(List<String> t) {
        int n = t.size();
        if (n < 3 || n > 12 || !Tokens.isWord(t.get(0))) {
            return Attribution.NONE;
        }
        // "Geoff Hale was less sure", "Le maire, Gérard Tanguy, a promis des aides": a name, or a role and its name.
        String subject = openingPerson(t, true);
        return subject != null && Tokens.of(subject).size() < n - 1 ? new Attribution(subject, null) : Attribution.NONE;
    }

    /**
     * The person a sentence opens on: {@code he}, {@code she}, {@code il}, {@code elle}, or a name;
     * with {@code described}, also a role and its name ("Le maire, Gérard Tanguy, …").
     */
    private static String openingPerson(List<String> t, boolean described) {
        String first = t.get(0).toLowerCase(Locale.ROOT);
        if (PERSON_SUBJECTS.contains(first)) {
            return t.get(0);
        }
        boolean opens = Mentions.nameLike(t.get(0)) && !Lexicon.isSpeechVerb(first)
                && (!Mentions.isFunctionWord(first) || described && Entities.isDeterminer(first));
        return opens ? Mentions.forward(t, 0) : null;
    }

    /** A French adverb of manner in lower case ("sobrement", "calmement"), never a noun in this place. */
    private static boolean isMannerAdverb(String token) {
        return token.length() >= 7 && token.endsWith("ment") && Character.isLowerCase(token.codePointAt(0));
    }

    /** A finite speech verb: "said", not "saying" (a participle after a quotation describes, it does not attribute). */
    private static boolean finiteSpeechVerb(String token) {
        return Lexicon.isSpeechVerb(token) && !token.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * @param wide also look for "X said" further on, after a clause: ", Warren said"
     */
    private static Attribution afterQuote(List<String> t, boolean wide) {
        int i = 0;
        while (i < t.size() && (t.get(i).equals(",") || t.get(i).equals(";"))) {
            i++;
        }
        if (i >= t.size()) {
            return Attribution.NONE;
        }
        String first = t.get(i);
        if (DASHES.contains(first) && i + 1 < t.size() && Mentions.nameLike(t.get(i + 1))) {
            return attribution(Mentions.forward(t, i + 1), first);
        }
        if (finiteSpeechVerb(first)) {
            return new Attribution(subjectAfterVerb(t, i + 1), first);
        }
        Matcher inversion = FRENCH_INVERSION.matcher(first);
        if (inversion.matches()) {
            String verb = inversion.group(1) != null ? inversion.group(1) : inversion.group(3);
            String pronoun = inversion.group(2) != null ? inversion.group(2) : inversion.group(4);
            int next = i + 1;
            String cue = verb;
            if (!Lexicon.isSpeechVerb(verb)) {
                if (next >= t.size() || !Lexicon.isSpeechVerb(t.get(next))) {
                    return Attribution.NONE;
                }
                cue = t.get(next++);
            }
            if (pronoun.equalsIgnoreCase("on") && next + 1 < t.size() && PLACE_OF_ON.contains(t.get(next).toLowerCase(Locale.ROOT))) {
                // "assure-t-on à Matignon", "indique-t-on à la préfecture": the body there speaks.
                String where = Mentions.forward(t, next + 1);
                if (where != null) {
                    return new Attribution("on " + t.get(next) + " " + where, cue);
                }
            }
            return new Attribution(pronoun, cue);
        }
        // "», a déclaré X", "», s’est félicitée X", "», a fait savoir X": auxiliaries and reflexives before the verb.
        int verb = i;
        while (verb < t.size() - 1 && verb - i < 3 && BEFORE_VERB.contains(t.get(verb).toLowerCase(Locale.ROOT))) {
            verb++;
        }
        if (verb > i && Lexicon.isSpeechVerb(t.get(verb))) {
            return attribution(subjectAfterVerb(t, verb + 1), t.get(verb));
        }
        // ", X said", ", the council's leader, Marta Lindqvist, said"; with wide, also after a clause.
        String mention = Mentions.forward(t, i);
        int reach = wide ? AFTER_WINDOW : (mention == null ? 0 : Tokens.of(mention).size() + 2 + apposition(t, i + Tokens.of(mention).size()));
        for (int v = i + 1; v < t.size() && v - i <= reach; v++) {
            if (finiteSpeechVerb(t.get(v)) && !passive(t, v) && !nounUse(t, v)) {
                // "…” was announced in October, said Derek Scissors": a verb inverted after a comma, its subject after it.
                // ("said Tuesday" is a day; "told The Huffington Post" names who was told.)
                String subject = t.get(v - 1).equals(",") && !ADDRESSEE_VERBS.contains(t.get(v).toLowerCase(Locale.ROOT))
                        ? subjectAfterVerb(t, v + 1) : null;
                if (subject == null || !Mentions.nameLike(subject) || ADVERBIALS_AFTER_VERB.contains(subject.toLowerCase(Locale.ROOT))) {
                    subject = Mentions.backward(t, v);
                }
                if (subject == null && !wide && mention != null) {
                    // "Mitch McConnell, R-Ky., said", "Jason Chaffetz (R-Utah) said": the name before the aside
                    subject = mention;
                }
                return subject == null ? Attribution.NONE : new Attribution(subject, t.get(v));
            }
        }
        return Attribution.NONE;
    }

    /**
     * The subject of an inverted verb of saying: "said Mr. Grant", "a annoncé mercredi Frédéric Amiot",
     * "affirmait pourtant en janvier le directeur général", "said 9/11 widow Terry Strada".
     */
    private static String subjectAfterVerb(List<String> t, int from) {
        if (from + 1 < t.size() && isMannerAdverb(t.get(from)) && Tokens.isWord(t.get(from + 1))) {
            from++; // "», réagit sobrement Mme Marec", "», a répondu calmement le maire"
        }
        String mention = Mentions.forward(t, from);
        if (mention != null) {
            return mention;
        }
        int past = pastAddressee(t, from);
        if (past > from) {
            // "», a confié à l’AFP Marie Vasseur", "», a estimé auprès du Parisien le directeur général"
            return Mentions.forward(t, past);
        }
        int k = from;
        while (k < t.size() && k - from < 5) {
            String l = t.get(k).toLowerCase(Locale.ROOT);
            if (l.equals("en") && k + 1 < t.size() && TIMES_AFTER_EN.matcher(t.get(k + 1).toLowerCase(Locale.ROOT)).matches()) {
                k += 2; // "en janvier", "en 2019"
            } else if (ADVERBIALS_AFTER_VERB.contains(l)) {
                k++;
            } else {
                break;
            }
        }
        mention = k > from ? Mentions.forward(t, k) : null;
        return mention != null ? mention : describedName(t, from);
    }

    /**
     * Where the subject starts after a complement saying whom the words were for ("à l’AFP", "au
     * Parisien", "auprès de France Inter", "devant la presse", "to the BBC"); {@code from} when none.
     */
    private static int pastAddressee(List<String> t, int from) {
        int k = from;
        if (k >= t.size() || !ADDRESSEE_PREPOSITIONS.contains(t.get(k).toLowerCase(Locale.ROOT))) {
            return from;
        }
        k++;
        if (k < t.size() && (t.get(k).equalsIgnoreCase("de") || t.get(k).equalsIgnoreCase("du") || t.get(k).equalsIgnoreCase("des"))) {
            k++;
        }
        if (k >= t.size()) {
            return from;
        }
        if (t.get(k).matches("(?i)[ld][’'].+")) {
            return k + 1; // l’AFP, d’Europe 1
        }
        if (Entities.isDeterminer(t.get(k).toLowerCase(Locale.ROOT)) && !Character.isUpperCase(t.get(k).codePointAt(0))) {
            k++; // la presse, the BBC
            return k < t.size() && Tokens.isWord(t.get(k)) ? k + 1 : from;
        }
        int run = k;
        while (run < t.size() && run - k < 3 && Mentions.nameLike(t.get(run)) && !Entities.isDeterminer(t.get(run).toLowerCase(Locale.ROOT))) {
            run++; // Le Parisien's "Parisien", France Inter
        }
        return run > k ? run : from;
    }

    /**
     * The name after a short lower-case description that the mention rules do not take as a role:
     * "said 9/11 widow Terry Strada", "said 34-year-old nurse Ana Ruiz". The name must end the clause.
     */
    private static String describedName(List<String> t, int from) {
        int k = from;
        while (k < t.size() && k - from < 6 && (t.get(k).equals("/") || Tokens.isWord(t.get(k))
                && !Character.isUpperCase(t.get(k).codePointAt(0)) && !Lexicon.NAME_STOPS.contains(t.get(k).toLowerCase(Locale.ROOT)))) {
            k++;
        }
        if (k == from || k >= t.size() || !Mentions.nameLike(t.get(k))) {
            return null;
        }
        String name = Mentions.forward(t, k);
        if (name == null || Mentions.isPronoun(name)) {
            return null;
        }
        int after = k + Tokens.of(name).size();
        return after >= t.size() || t.get(after).equals(",") || t.get(after).equals(".") ? name : null;
    }

    /**
     * The length of the asides right after a name: "(R-Utah)", ", R-Ky.,", ", the council's leader,",
     * or two in a row (", the attorney general of Oklahoma, one of the states suing the EPA,"); 0 when none.
     */
    private static int apposition(List<String> t, int at) {
        int open = at;
        int length = 0;
        for (int asides = 0; asides < 3; asides++) {
            int one = aside(t, open);
            if (one == 0) {
                break;
            }
            length = open + one - at;
            if (!t.get(open + one - 1).equals(",")) {
                break;
            }
            open += one - 1; // the comma that closes one aside opens the next
        }
        return length;
    }

    private static int aside(List<String> t, int at) {
        if (at >= t.size()) {
            return 0;
        }
        String close = t.get(at).equals("(") ? ")" : t.get(at).equals(",") ? "," : null;
        if (close == null) {
            return 0;
        }
        for (int k = at + 1; k < t.size() && k - at <= 12; k++) {
            if (t.get(k).equals(close)) {
                return k - at + 1;
            }
            if (finiteSpeechVerb(t.get(k)) && !nounUse(t, k)) {
                return 0;
            }
        }
        return 0;
    }

    private static Attribution beforeQuote(List<String> t) {
        int n = t.size();
        if (n == 0) {
            return Attribution.NONE;
        }
        Attribution pour = pourX(t);
        if (pour.found()) {
            return pour;
        }
        if (t.get(n - 1).equals(":") && n >= 2) {
            int verb = n - 2;
            while (verb > 0 && n - verb <= 4 && !Lexicon.isSpeechVerb(t.get(verb)) && isTimeOrPlace(t.get(verb))) {
                verb--; // "a déclaré lundi :", "said on Tuesday:"
            }
            if (Lexicon.isSpeechVerb(t.get(verb)) && verb < n - 2) {
                String subject = Mentions.backward(t, verb);
                if (subject != null) {
                    return new Attribution(subject, t.get(verb));
                }
            }
            if (Lexicon.isSpeechVerb(t.get(n - 2))) {
                String subject = Mentions.backward(t, n - 2);
                if (subject != null) {
                    return new Attribution(subject, t.get(n - 2));
                }
            } else if (n <= 14 && t.stream().noneMatch(Lexicon::isSpeechVerb)) {
                String subject = colonSubject(t.subList(0, n - 1));
                if (subject != null) {
                    return new Attribution(subject, ":");
                }
            }
        }
        for (int v = n - 1; v >= 0 && n - v <= VERB_WINDOW; v--) {
            if (v > 0 && t.get(v - 1).equals(",") && SpeechVerbs.isParticiple(t.get(v))) {
                // "Clinton spoke in Tulsa, Oklahoma, arguing …", "Dean, a doctor, poked at Trump, tweeting":
                // a participle after a comma belongs to the sentence's subject, not to the word before the comma.
                String subject = sentenceSubject(t.subList(0, v - 1));
                if (subject != null) {
                    return new Attribution(subject, t.get(v));
                }
                continue; // "Clinton told the audience, saying that": the main clause's verb names the speaker
            }
            if (Lexicon.isSpeechVerb(t.get(v)) && !passive(t, v) && !nounUse(t, v)) {
                boolean participle = t.get(v).toLowerCase(Locale.ROOT).endsWith("ing");
                String subject = Mentions.backward(t, v);
                if (participle && subject == null) {
                    continue;
                }
                if (subject != null && restrictiveRelative(subject, t, v)) {
                    continue; // "an architect who said", "anybody who complains": someone the sentence does not name
                }
                if (subject != null && Mentions.isPronoun(subject)) {
                    subject = reportedSubject(t, v, subject);
                }
                if (subject == null && v + 1 < n) {
                    subject = Mentions.forward(t, v + 1);
                    // "said Mr. Grant: “…”": the name after the verb speaks only when nothing else follows it;
                    // "appelle les habitants à « … »" names who is spoken to.
                    int after = subject == null ? n : v + 1 + Tokens.of(subject).size();
                    boolean closes = after >= n || after == n - 1 && !Tokens.isWord(t.get(n - 1));
                    if (subject != null && (Mentions.isPronoun(subject) || !closes)) {
                        subject = null;
                    }
                }
                if (subject != null) {
                    return new Attribution(subject, t.get(v));
                }
            }
        }
        String last = t.get(n - 1).toLowerCase(Locale.ROOT);
        if (Lexicon.ADVERBS_AND_AUXILIARIES.contains(last) && !last.equals("a")) {
            String subject = Mentions.backward(t, n);
            if (subject != null) {
                return new Attribution(subject, null);
            }
        }
        for (int k = n - 1; k > 0; k--) {
            if (Lexicon.SPEECH_NOUNS.contains(t.get(k).toLowerCase(Locale.ROOT))) {
                String owner = t.get(k - 1);
                String name = stripPossessive(owner);
                if (name != null) {
                    String phrase = Mentions.backward(t.subList(0, k - 1), k - 1);
                    String full = phrase != null && Mentions.nameLike(name) && phrase.chars().anyMatch(Character::isUpperCase)
                            ? phrase + " " + name : name;
                    return new Attribution(full, t.get(k));
                }
            }
        }
        Attribution view = inTheViewOf(t);
        return view.found() ? view : accordingTo(t);
    }

    /**
     * The subject that opens a sentence ("Rival Hillary Clinton had mocked …"), after an opening
     * adverbial set off by a comma ("On Monday, the mayor …"); null when the sentence opens otherwise.
     */
    private static String sentenceSubject(List<String> t) {
        for (int at = 0; at < t.size() && at <= 12; at++) {
            if (at > 0 && !t.get(at - 1).equals(",")) {
                continue;
            }
            if (t.subList(0, at).stream().anyMatch(Lexicon::isSpeechVerb)) {
                return null;
            }
            String subject = Mentions.forward(t, at);
            if (subject == null) {
                continue;
            }
            int next = at + Tokens.of(subject).size();
            // "Hillary Clinton spoke …"; "Dean, a former party chairman, poked at …" when it opens the sentence
            boolean verbFollows = next < t.size() && (Tokens.isWord(t.get(next)) || at == 0 && t.get(next).equals(","));
            boolean named = Mentions.isPronoun(subject) ? !subject.equalsIgnoreCase("who") : Tokens.of(subject).stream()
                    .anyMatch(w -> Tokens.isCapitalised(w) && !Mentions.isFunctionWord(w.toLowerCase(Locale.ROOT)));
            return verbFollows && named ? subject : null;
        }
        return null;
    }

    /**
     * "Lynch said she recalled": a pronoun right after "X said (that)" is X, and so is the same
     * pronoun further on in that sentence ("Clinton says she admired Machado's courage through what
     * she calls").
     */
    private static String reportedSubject(List<String> t, int verb, String pronoun) {
        for (int at = 1; at < verb; at++) {
            if (!t.get(at).equalsIgnoreCase(pronoun)) {
                continue;
            }
            int k = at - 1;
            if (t.get(k).equalsIgnoreCase("that") || t.get(k).equalsIgnoreCase("qu’") || t.get(k).equalsIgnoreCase("que")) {
                k--;
            }
            if (k >= 1 && finiteSpeechVerb(t.get(k))) {
                String speaker = Mentions.backward(t, k);
                if (speaker != null && !Mentions.isPronoun(speaker)) {
                    return speaker;
                }
            }
        }
        return pronoun;
    }

    /** "an architect who said", "anybody who complains": "who" after a common word, with no comma, is someone unnamed. */
    private static boolean restrictiveRelative(String subject, List<String> t, int verb) {
        if (!subject.equalsIgnoreCase("who")) {
            return false;
        }
        int at = t.subList(0, verb).lastIndexOf(subject);
        return at > 0 && Tokens.isWord(t.get(at - 1)) && Character.isLowerCase(t.get(at - 1).codePointAt(0));
    }

    /** "Mr. Obama's remarks", "the claims", "his comments": a noun, not a verb of saying. */
    private static boolean nounUse(List<String> t, int v) {
        if (v == 0) {
            return false;
        }
        String before = t.get(v - 1);
        String l = before.toLowerCase(Locale.ROOT);
        return before.endsWith("'s") || before.endsWith("’s") || before.endsWith("s’") || l.equals("the") || l.equals("his")
                || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("our") || l.equals("these") || l.equals("those");
    }

    /** "was put up", "were called": a passive verb says nothing about who speaks. */
    private static boolean passive(List<String> t, int v) {
        // "is promising", "was telling" are progressive, not passive
        return v > 0 && PASSIVE.contains(t.get(v - 1).toLowerCase(Locale.ROOT)) && !t.get(v).toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** Days, times and short adverbials between a verb and its colon. */
    private static boolean isTimeOrPlace(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return Lexicon.NAME_STOPS.contains(l) || l.equals("soir") || l.equals("matin") || l.equals("aussi") || l.equals("simply")
                || l.equals("alors") || l.equals("ensuite") || l.equals("then") || l.equals("also");
    }

    /** French "Pour X, « … »": the opinion is X's. Only right before the quotation, so "pour la première fois" is no speaker. */
    private static Attribution pourX(List<String> t) {
        int n = t.size();
        if (n < 3 || !t.get(n - 1).equals(",")) {
            return Attribution.NONE;
        }
        for (int k = n - 2; k >= 0 && n - k <= 24; k--) {
            String l = t.get(k).toLowerCase(Locale.ROOT);
            if (l.equals("pour")) {
                String mention = Mentions.forward(t, k + 1);
                if (mention == null) {
                    return Attribution.NONE;
                }
                int after = k + 1 + Tokens.of(mention).size();
                // "Pour X, « … »", or with an aside: "Pour Isabelle Garnier, sage-femme depuis vingt ans, « … »"
                boolean whole = after >= n - 1 || t.get(after).equals(",") && t.subList(after + 1, n - 1).stream().noneMatch(Lexicon::isSpeechVerb);
                return whole ? new Attribution(mention, "pour") : Attribution.NONE;
            }
            if (!Tokens.isWord(t.get(k)) && !t.get(k).equals("(") && !t.get(k).equals(")") && !t.get(k).equals(",")) {
                break;
            }
        }
        return Attribution.NONE;
    }

    /**
     * Who speaks in "X : « … »": a name alone, or a name with its apposition ("Annick Ferrero, secrétaire
     * générale de l’UNS :", "Ana Ruiz, The Daily Courier:"), where the name comes first.
     */
    private static String colonSubject(List<String> t) {
        int comma = t.indexOf(",");
        if (comma > 0) {
            String name = Mentions.backward(t, comma);
            if (name != null && Mentions.nameLike(Tokens.of(name).get(0)) && !Mentions.isPronoun(name)) {
                return name;
            }
        }
        String last = t.size() <= 7 ? Mentions.backward(t, t.size()) : null;
        if (last != null || t.isEmpty()) {
            return last;
        }
        return openingPerson(t, false); // "Bell was more blunt: “…”"
    }

    private static Attribution accordingTo(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            String l = t.get(i).toLowerCase(Locale.ROOT);
            if (l.equals("according") && t.get(i + 1).equalsIgnoreCase("to")) {
                return attribution(Mentions.forward(t, i + 2), "according to");
            }
            if (l.equals("selon") || l.equals("d’après") || l.equals("d'après")) {
                return attribution(Mentions.forward(t, i + 1), l);
            }
            if (Lexicon.SPEECH_NOUNS.contains(l) && t.get(i + 1).equalsIgnoreCase("from")) {
                // "a statement from Google"
                return attribution(Mentions.forward(t, i + 2), l);
            }
        }
        return Attribution.NONE;
    }

    /**
     * The words before a quotation open its sentence on whose view it gives, set off by a comma:
     * {@code For Dorsey, the closure is “a mistake”}, {@code Pour Yann Le Bihan, « il fallait
     * agir »}. Only a name (or a title and a name): {@code For years, “…”} and {@code For him, …}
     * give no one; nor do the words after a quotation, which open the next sentence.
     */
    private static Attribution inTheViewOf(List<String> t) {
        if (t.size() < 3 || !(t.get(0).equalsIgnoreCase("for") || t.get(0).equalsIgnoreCase("pour"))) {
            return Attribution.NONE;
        }
        int comma = t.indexOf(",");
        if (comma < 2 || comma > VIEW_NAME_WORDS + 1) {
            return Attribution.NONE;
        }
        for (int k = 1; k < comma; k++) {
            // Every word up to the comma is part of the name: Yann Le Bihan, Mme Marec, Ursula von der Leyen.
            String w = t.get(k);
            if (!Tokens.isWord(w) || Mentions.isPronoun(w) || !(Mentions.nameLike(w)
                    || Lexicon.HONORIFICS.containsKey(w.toLowerCase(Locale.ROOT)) || (k > 1 && NAME_PARTICLES.contains(w)))) {
                return Attribution.NONE;
            }
        }
        return new Attribution(Mentions.join(t, 1, comma), t.get(0).toLowerCase(Locale.ROOT));
    }

    /** The most words of a name that opens a sentence as whose view it gives. */
    private static final int VIEW_NAME_WORDS = 5;
    /** Lower-case words inside a name: von der Leyen, de Gaulle. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "van", "von", "der", "den", "da", "di", "del");

    /** "Paris’" → "Paris", "Macron's" → "Macron"; null when the word is not a possessive name. */
    private static String stripPossessive(String token) {
        for (String suffix : new String[] {"’s", "'s", "’", "'"}) {
            if (token.endsWith(suffix) && token.length() > suffix.length() + 1) {
                String name = token.substring(0, token.length() - suffix.length());
                return Mentions.nameLike(name) ? name : null;
            }
        }
        return null;
    }

    private static Attribution attribution(String mention, String cue) {
        return mention == null ? Attribution.NONE : new Attribution(mention, cue);
    }
}
