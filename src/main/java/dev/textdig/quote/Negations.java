package dev.textdig.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that negate a sentence, in English and French, and how many negations a text has.
 * Both languages are always looked for: their negation words do not clash, and a claim may be
 * typed in either.
 */
final class Negations {
    private static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot", "nowhere",
            "non", "sans", "ni");
    /**
     * The second part of a French negation. With {@code ne} in the sentence each is part of its
     * negation; alone, only {@code pas} negates (spoken French drops the {@code ne}): {@code plus} is
     * "more", {@code personne} "a person", {@code jamais} "ever" ({@code plus que jamais}).
     */
    private static final Set<String> SECOND_PARTS = Set.of("pas", "plus", "jamais", "rien", "personne", "aucun", "aucune",
            "guère", "nul", "nulle");

    private Negations() {
    }

    /** Whether a word can be part of a negation: {@code not}, {@code don't}, {@code n'est}, {@code jamais}. */
    static boolean isCue(String key) {
        return NEGATORS.contains(key) || SECOND_PARTS.contains(key) || key.endsWith("n't") || isNe(key);
    }

    /**
     * How many negations the words hold: {@code ne … pas} is one, and so is a spoken {@code pas}
     * without its {@code ne}, so dropping the {@code ne} alone keeps the sentence negative.
     */
    static int count(List<TextWord> words) {
        int negators = 0;
        int ne = 0;
        int pas = 0;
        for (TextWord w : words) {
            String k = w.key();
            if (NEGATORS.contains(k) || k.endsWith("n't")) {
                negators++;
            } else if (isNe(k)) {
                ne++;
            } else if (k.equals("pas")) {
                pas++;
            }
        }
        return negators + Math.max(ne, pas);
    }

    /** The positions of the words that negate: French second parts other than {@code pas} only when a {@code ne} is there. */
    static List<Integer> cues(List<TextWord> words) {
        boolean ne = false;
        for (TextWord w : words) {
            ne |= isNe(w.key());
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String k = words.get(i).key();
            if (NEGATORS.contains(k) || k.endsWith("n't") || isNe(k) || k.equals("pas") || (ne && SECOND_PARTS.contains(k))) {
                out.add(i);
            }
        }
        return out;
    }

    /** {@code ne} or its elided form ({@code n'est}), but not {@code n'importe} ("any"). */
    private static boolean isNe(String key) {
        return key.equals("ne") || (key.startsWith("n'") && !key.startsWith("n'import"));
    }
}
