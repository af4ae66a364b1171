package dev.textdig.quote;

import dev.textdig.article.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that introduce a direct quotation, in every form news text gives them. English forms
 * are listed whole; French verbs are listed as infinitives and conjugated here (présent,
 * imparfait, passé simple, futur and participle, third person), since a French article reports
 * speech in any tense ({@code raconte}, {@code a raconté}, {@code racontait}, {@code avait
 * raconté}, {@code raconta}) and a list of forms would always miss one.
 */
final class SpeechVerbs {
    private static final Set<String> FORMS = load();
    private static final Set<String> ENGLISH_BASES = Set.copyOf(WordList.parse(WordList.resource(SpeechVerbs.class, "speech-verbs-en.txt")));

    private SpeechVerbs() {
    }

    static boolean contains(String token) {
        return FORMS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** An English verb of saying as a present participle: "tweeting", "arguing", "chatting", "saying". */
    static boolean isParticiple(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        if (!l.endsWith("ing") || l.length() < 6) {
            return false;
        }
        if (FORMS.contains(l)) {
            return true;
        }
        String stem = l.substring(0, l.length() - 3);
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return ENGLISH_BASES.contains(stem) || ENGLISH_BASES.contains(stem + "e")
                || doubled && ENGLISH_BASES.contains(stem.substring(0, stem.length() - 1));
    }

    private static Set<String> load() {
        Set<String> forms = new HashSet<>(WordList.parse(WordList.resource(SpeechVerbs.class, "speech-verbs.txt")));
        for (String base : WordList.parse(WordList.resource(SpeechVerbs.class, "speech-verbs-en.txt"))) {
            forms.addAll(inflect(base));
        }
        String[] lines = WordList.resource(SpeechVerbs.class, "speech-verbs-fr.txt").split("\n");
        Set<String> irregular = new HashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                // An irregular verb: its forms are given, and the rule is not applied to it.
                irregular.add(line.substring(0, colon).strip());
                forms.addAll(WordList.parse(line.substring(colon + 1)));
            }
        }
        for (String line : lines) {
            if (line.startsWith("#") || line.indexOf(':') > 0) {
                continue;
            }
            for (String infinitive : WordList.parse(line)) {
                if (!irregular.contains(infinitive)) {
                    forms.addAll(conjugate(infinitive));
                }
            }
        }
        return Set.copyOf(forms);
    }

    /** An English verb's base, third-person and past forms: urge, urges, urged; cry, cries, cried; chat, chats, chatted is listed whole. */
    static Set<String> inflect(String base) {
        Set<String> out = new HashSet<>();
        out.add(base);
        boolean consonantY = base.endsWith("y") && base.length() > 2 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
        if (consonantY) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        } else if (base.endsWith("e")) {
            out.add(base + "s");
            out.add(base + "d");
        } else {
            boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("z");
            out.add(base + (sibilant ? "es" : "s"));
            out.add(base + "ed");
        }
        return out;
    }

    /** The third-person forms of a regular French verb of the first (-er) or second (-ir) group. */
    static Set<String> conjugate(String infinitive) {
        Set<String> out = new HashSet<>();
        if (infinitive.endsWith("er")) {
            String stem = infinitive.substring(0, infinitive.length() - 2);
            for (String ending : new String[] {"e", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées", "era", "eront"}) {
                out.add(stem + ending);
            }
        } else if (infinitive.endsWith("ir")) {
            String stem = infinitive.substring(0, infinitive.length() - 2);
            for (String ending : new String[] {"it", "issent", "issait", "issaient", "irent", "i", "ie", "is", "ies", "ira", "iront"}) {
                out.add(stem + ending);
            }
        }
        return out;
    }
}
