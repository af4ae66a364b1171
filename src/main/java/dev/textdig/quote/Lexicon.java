package dev.textdig.quote;

import dev.textdig.article.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists attribution works from: speech verbs, pronouns, role nouns, capitals. */
final class Lexicon {
    static final Set<String> SPEECH_VERBS = WordList.parse(WordList.resource(Lexicon.class, "speech-verbs.txt"));
    static final Map<String, String> CAPITALS = table(WordList.resource(Lexicon.class, "capitals.tsv"));

    /** Pronouns that can stand for a speaker, and whether they stand for a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "i", "we", "il", "elle", "ils", "elles", "who");
    static final Set<String> THING_PRONOUNS = Set.of("it", "which");

    /** Words between a subject and its verb that say nothing about who speaks. */
    static final Set<String> ADVERBS_AND_AUXILIARIES = Set.of("also", "then", "later", "again", "previously", "once",
            "has", "had", "have", "was", "is", "were", "are", "would", "will", "could", "did", "does", "reportedly",
            "recently", "further", "repeatedly", "publicly", "quickly", "simply", "just", "only", "even", "still",
            "never", "always", "often", "already", "finally", "immediately", "separately", "privately", "angrily",
            "bluntly", "flatly", "calmly", "subsequently", "a", "avait", "aussi", "encore", "alors", "ensuite");

    /** Words that end a speaker's name when reading forward: prepositions, time words, clause starts. */
    static final Set<String> NAME_STOPS = Set.of("on", "in", "at", "to", "this", "last", "next", "during", "after",
            "before", "when", "who", "which", "that", "as", "from", "with", "about", "while", "and", "but", "because",
            "by", "into", "over", "under", "since", "until", "via", "told", "said", "says", "yesterday", "today",
            "tomorrow", "tonight", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "month", "year", "recently",
            "also", "then", "again", "sur", "dans", "lors", "à", "au", "aux", "en", "ce", "cette", "mardi", "lundi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "selon", "après", "avant", "pendant", "et", "qui",
            "que", "dont", "where", "if", "for", "per", "saying", "adding", "according", "has", "had", "was", "is");

    /** Nouns naming a role that a person holds: a description built on one refers to a person. */
    static final Set<String> PERSON_ROLES = Set.of("president", "presidency", "tenant", "leader", "minister", "premier",
            "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator",
            "candidate", "nominee", "chief", "head", "chairman", "chairwoman", "director", "official", "officer",
            "coach", "ambassador", "king", "queen", "prince", "pope", "judge", "prosecutor", "general", "commander",
            "businessman", "businesswoman", "founder", "ceo", "executive", "manager", "lawmaker", "representative",
            "congressman", "congresswoman", "deputy", "adviser", "advisor", "aide", "lawyer", "attorney", "doctor",
            "professor", "researcher", "scientist", "analyst", "author", "writer", "editor", "reporter", "host",
            "anchor", "announcer", "narrator", "président", "présidente", "ministre", "chef", "porte-parole", "maire",
            "dirigeant", "dirigeante", "chancelier", "élysée");

    /** Words that make a capitalised run a body or place rather than a person. */
    static final Set<String> NOT_PERSON = Set.of("republic", "ministry", "government", "party", "union", "council",
            "court", "house", "department", "office", "agency", "company", "news", "times", "post", "journal",
            "university", "street", "nations", "states", "kingdom", "committee", "commission", "senate", "congress",
            "parliament", "assembly", "bank", "group", "corp", "inc", "association", "institute", "foundation",
            "center", "centre", "church", "army", "police", "forces", "press", "tv", "network", "service", "county",
            "city", "state", "province", "region", "club", "team", "league", "fund", "reserve", "board", "guard",
            "daily", "magazine", "review", "herald", "tribune", "gazette", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "affairs", "foreign", "minister", "president", "prime");

    /** Titles before a name: dropped when the name is the speaker. */
    static final Set<String> TITLES = Set.of("president", "prime", "minister", "secretary", "gov", "gov.", "governor",
            "sen", "sen.", "senator", "rep", "rep.", "representative", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
            "dr.", "chancellor", "general", "gen", "gen.", "judge", "mayor", "coach", "pope", "king", "queen",
            "prince", "princess", "sir", "lord", "lady", "chief", "justice", "attorney", "commissioner", "director",
            "speaker", "leader", "ambassador", "vice", "former", "state", "foreign", "defence", "defense", "interior",
            "finance", "health", "deputy", "m.", "mme", "président", "présidente", "ministre", "premier", "sénateur");

    /** Nouns of saying after a possessive: “Paris’ condemnation of an ‘illegal’ operation”. */
    static final Set<String> SPEECH_NOUNS = Set.of("condemnation", "statement", "words", "call", "calls", "remarks",
            "comments", "criticism", "warning", "accusation", "description", "claim", "claims", "demand", "demands",
            "message", "appeal", "denunciation", "response", "reply", "plea", "vow", "promise", "pledge", "tweet",
            "announcement", "insistence", "assertion", "charge", "request", "threat", "verdict", "view", "question");

    private Lexicon() {
    }

    static boolean isSpeechVerb(String token) {
        return SPEECH_VERBS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> table(String text) {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
