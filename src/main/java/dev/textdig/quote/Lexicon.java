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
    static final Map<String, String> CAPITALS = table(WordList.resource(Lexicon.class, "capitals.tsv"));

    /** Pronouns that can stand for a speaker, and whether they stand for a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "i", "we", "il", "elle", "ils", "elles", "who");
    static final Set<String> THING_PRONOUNS = Set.of("it", "which");

    /** Words between a subject and its verb that say nothing about who speaks. */
    static final Set<String> ADVERBS_AND_AUXILIARIES = Set.of("also", "then", "later", "again", "previously", "once",
            "has", "had", "have", "was", "is", "were", "are", "would", "will", "could", "did", "does", "reportedly",
            "recently", "further", "repeatedly", "publicly", "quickly", "simply", "just", "only", "even", "still",
            "never", "always", "often", "already", "finally", "immediately", "separately", "privately", "angrily",
            "bluntly", "flatly", "calmly", "subsequently", "a", "avait", "aussi", "encore", "alors", "ensuite", "fait",
            "faisait", "avaient", "ont", "est", "s’est", "s'est", "se", "lui", "leur", "y", "en", "pourtant", "ainsi",
            "également", "déjà", "toujours", "enfin", "même", "lui-même", "elle-même", "toutefois", "cependant", "néanmoins");

    /** Words that end a speaker's name when reading forward: prepositions, time words, clause starts. */
    static final Set<String> NAME_STOPS = Set.of("on", "in", "at", "to", "this", "last", "next", "during", "after",
            "before", "when", "who", "which", "that", "as", "from", "with", "about", "while", "and", "but", "because",
            "by", "into", "over", "under", "since", "until", "via", "told", "said", "says", "yesterday", "today",
            "tomorrow", "tonight", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "month", "year", "recently",
            "also", "then", "again", "sur", "dans", "lors", "à", "au", "aux", "en", "ce", "cette", "mardi", "lundi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "selon", "après", "avant", "pendant", "et", "qui",
            "que", "dont", "where", "if", "for", "per", "saying", "adding", "according", "has", "had", "was", "is",
            "devant", "face", "auprès", "chez", "contre", "vers", "depuis", "avec", "par", "pour", "sans", "sous", "entre",
            "hier", "demain", "soir", "matin", "midi", "dès", "où", "quand", "lorsque", "tandis", "mais",
            "puis", "ou", "car", "donc", "ni", "afin", "malgré", "outre", "durant", "parmi", "within", "without", "amid",
            "against", "toward", "towards", "through", "across", "ahead", "outside", "inside", "near", "beside", "among");

    /** Nouns naming a role that a person holds: a description built on one refers to a person. */
    static final Set<String> PERSON_ROLES = WordList.parse(WordList.resource(Lexicon.class, "roles.txt"));

    /** Words that make a capitalised run a body or place rather than a person. */
    static final Set<String> NOT_PERSON = Set.of("republic", "ministry", "government", "party", "union", "council",
            "court", "house", "department", "office", "agency", "company", "news", "times", "post", "journal",
            "university", "street", "nations", "states", "kingdom", "committee", "commission", "senate", "congress",
            "parliament", "assembly", "bank", "group", "corp", "inc", "association", "institute", "foundation",
            "center", "centre", "army", "police", "forces", "press", "tv", "network", "service", "county",
            "city", "state", "province", "region", "club", "team", "league", "fund", "reserve", "board", "guard",
            "daily", "magazine", "review", "herald", "tribune", "gazette", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "affairs", "foreign", "minister", "president", "prime",
            "ocean", "sea", "river", "lake", "mountain", "mount", "road", "avenue", "boulevard", "stadium", "arena",
            "bridge", "island", "islands", "valley", "system", "hills", "coast", "beach", "airport",
            "station", "tower", "square", "canyon", "forest", "desert", "gulf", "strait", "peninsula", "highway",
            "drive", "plaza", "building", "palace", "castle", "cathedral", "museum", "theater", "theatre",
            "hotel", "mall", "market", "school", "college", "academy", "hospital", "prison",
            "mosque", "rue", "place", "pont", "lac", "mont", "fleuve", "rivière", "stade", "parc", "église", "gare",
            "aéroport", "quai", "palais", "château", "musée", "théâtre", "hôtel", "marché", "collège", "lycée",
            "école", "océan", "mer", "île", "vallée", "col", "massif", "glacier", "forêt", "route",
            "chemin", "allée", "impasse", "cours", "port", "cup", "coupe", "championship", "festival", "prize",
            "award", "act", "war", "week", "summit", "conference", "olympics", "games", "world",
            "empire", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "circuit", "amendment", "point", "cape", "falls", "springs", "heights", "harbor", "harbour", "creek", "reef", "glen", "republican", "republicans", "democratic", "democrat", "democrats", "federation");

    /** Titles before a name: dropped when the name is the speaker. */
    static final Set<String> TITLES = Set.of("president", "prime", "minister", "secretary", "gov", "gov.", "governor",
            "sen", "sen.", "senator", "rep", "rep.", "representative", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
            "dr.", "chancellor", "general", "gen", "gen.", "judge", "mayor", "coach", "pope", "king", "queen",
            "prince", "princess", "sir", "lord", "lady", "chief", "justice", "attorney", "commissioner", "director",
            "speaker", "leader", "ambassador", "vice", "former", "state", "foreign", "defence", "defense", "interior",
            "finance", "health", "deputy", "m.", "mme", "del", "del.", "atty", "atty.", "prof", "prof.", "capt", "capt.", "président", "présidente", "ministre", "premier", "sénateur");

    /** Nouns of saying after a possessive: “Paris’ condemnation of an ‘illegal’ operation”. */
    static final Set<String> SPEECH_NOUNS = Set.of("condemnation", "statement", "words", "call", "calls", "remarks",
            "comments", "criticism", "warning", "accusation", "description", "claim", "claims", "demand", "demands",
            "message", "appeal", "denunciation", "response", "reply", "plea", "vow", "promise", "pledge", "tweet",
            "announcement", "insistence", "assertion", "charge", "request", "threat", "verdict", "view", "question");


    /** Prepositions inside a name or description: "of the Republic", "de la République". */
    static final Set<String> JOINERS = Set.of("of", "de", "du", "des", "for", "d");

    /** Honorifics before a name, and the gender they give. */
    static final Map<String, Character> HONORIFICS = Map.ofEntries(Map.entry("mr", 'm'), Map.entry("mr.", 'm'),
            Map.entry("m.", 'm'), Map.entry("monsieur", 'm'), Map.entry("sir", 'm'), Map.entry("lord", 'm'),
            Map.entry("mrs", 'f'), Map.entry("mrs.", 'f'), Map.entry("ms", 'f'), Map.entry("ms.", 'f'),
            Map.entry("mme", 'f'), Map.entry("madame", 'f'), Map.entry("mlle", 'f'), Map.entry("lady", 'f'),
            Map.entry("dame", 'f'), Map.entry("me", '?'), Map.entry("dr", '?'), Map.entry("dr.", '?'), Map.entry("pr", '?'));

    /** Words that make a capitalised run a body: the Federal Reserve Board, Union nationale des salariés, FC Valmont. */
    private static final Set<String> ORG_WORDS = Set.of("union", "syndicat", "confédération", "fédération", "federation",
            "association", "observatoire", "agence", "agency", "ministère", "ministry", "préfecture", "mairie", "conseil",
            "council", "company", "corporation", "group", "society", "church", "église",
            "groupe", "party", "parti", "club", "université", "university", "institut", "institute", "fondation",
            "foundation", "commission", "committee", "comité", "department", "département", "office", "tribunal", "court",
            "cour", "parquet", "gendarmerie", "police", "army", "armée", "bank", "banque", "hôpital", "hospital",
            "administration", "authority", "autorité", "collectif", "coalition", "alliance", "federal", "reserve",
            "senate", "sénat", "congress", "parliament", "parlement", "assemblée", "assembly", "campaign", "network",
            "news", "times", "post", "journal", "press", "direction", "service", "groupement", "syndicale",
            "films", "productions", "studios", "entreprise", "société", "olympique", "racing", "stade", "sporting",
            "nations", "organisation", "organization", "board", "régie", "energy", "freight", "airlines", "airways",
            "motors", "technologies", "holdings", "industries", "pharmaceuticals", "logistics", "insurance", "secrétariat", "rectorat", "académie");

    /** Nouns that make a description a body: the company, l’entreprise, le syndicat, la préfecture. */
    static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "union", "ministry", "agency", "department",
            "team", "club", "organisation", "organization", "government", "administration", "campaign", "police",
            "court", "council", "committee", "party", "embassy", "bank", "network", "channel", "newspaper", "paper",
            "office", "entreprise", "société", "groupe", "syndicat", "préfecture",
            "ministère", "direction", "association", "fonds", "agence", "mairie", "gouvernement", "conseil", "parquet",
            "gendarmerie", "hôpital", "collectif", "fédération", "confédération", "organisateurs", "organisateur",
            "distributeur", "observatoire", "rectorat", "service", "groupement", "parti", "équipe", "commission", "comité",
            "institut", "université", "fondation", "sénat", "assemblée", "tribunal", "cour", "académie", "ville", "région",
            "département", "commune", "chaîne", "journal", "régie", "compagnie", "fabricant", "constructeur", "opérateur", "label", "studio", "fund", "school", "university", "hospital",
            "airline", "manufacturer", "retailer", "carrier", "operator", "regulator", "watchdog", "board", "body");

    /** Who nobody can name: "one said", "said another", "un autre". Their quotations have no speaker. */
    static final Set<String> UNNAMED = Set.of("one", "another", "someone", "somebody", "others", "some", "many",
            "quelqu’un", "quelqu'un", "certains", "d’autres", "d'autres", "l’un", "l'un", "l’autre", "l'autre");

    /** Short marks of a body, counted only as written: FC Valmont, Acme Inc, not "as" or "sa". */
    private static final Set<String> ORG_MARKS = Set.of("FC", "AC", "AS", "SA", "SAS", "SARL", "Inc", "Inc.", "Ltd",
            "LLC", "PLC", "Corp", "Corp.", "Co.", "GmbH", "AG");

    static boolean isOrgWord(String token) {
        String word = TokenForms.elided(token);
        return ORG_MARKS.contains(word) || word.length() > 3 && ORG_WORDS.contains(TokenForms.bare(word));
    }

    private Lexicon() {
    }

    static boolean isQuoteMark(String token) {
        return token.length() == 1 && "\"“”«»„‘’'".indexOf(token.charAt(0)) >= 0;
    }

    /** A verb of saying; a capitalised one is not, mid-sentence (the United States). */
    static boolean isSpeechVerb(String token) {
        // "s’inquiète": the reflexive pronoun is elided onto the verb.
        String verb = token.startsWith("s’") || token.startsWith("s'") ? token.substring(2) : token;
        return !Tokens.isCapitalised(token) && SpeechVerbs.contains(verb);
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
