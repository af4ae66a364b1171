package dev.textdig.keyword;

/**
 * Scores how well a term describes the text, 0 to 1 (higher is better). The evidence:
 * <ul>
 * <li>frequency: occurrences, damped ({@code count^0.8});</li>
 * <li>rarity in the language, from the word's length: by Zipf's law of abbreviation common words
 *     are short, so length stands in for a background frequency list ({@code letters^1.3});</li>
 * <li>position: terms that appear early (the title and lead) describe the text, after Florescu and
 *     Caragea's PositionRank (2017): {@code 1 + 1 / (1 + 20 × first position as a fraction of the text)};</li>
 * <li>phrases count by their longest word, weigh 0.4 of a word (names 0.8) and need two
 *     occurrences: crowd keyphrases are mostly single words, and a phrase seen once says little;</li>
 * <li>but a phrase the text repeats, three times or more outside longer phrases and written the
 *     same way (all lower case, or a name), is a unit of its own ({@code sea wall}, {@code Emmanuel
 *     Macron}): it scores as one word, as rare as its letters together.</li>
 * </ul>
 * The product is squashed into [0, 1) as {@code raw / (raw + 50)}, so scores can be compared
 * across texts and thresholded.
 */
final class Ranker {
    private static final double SQUASH = 50;
    /** Crowd keyphrases are three quarters single words: a phrase starts at 0.4 of a word's weight. */
    private static final double PHRASE_WEIGHT = 0.4;
    /** Names (every word capitalised) hold together better than other phrases. */
    private static final double NAME_WEIGHT = 0.8;
    /** A phrase seen this often outside longer phrases is the text's own term for something. */
    private static final int REPEATED_PHRASE = 3;

    private Ranker() {
    }

    static double score(Candidate c) {
        if (c.words > 1 && c.free < 2) {
            return 0;
        }
        String surface = c.surface();
        boolean name = c.words > 1 && everyWordOpensWith(surface, Character::isUpperCase);
        boolean unit = c.words > 1 && c.free >= REPEATED_PHRASE && (name || everyWordOpensWith(surface, Character::isLowerCase));
        double frequency = Math.pow(c.count, 0.8);
        double rarity = Math.pow(unit ? letters(surface) : longestWord(surface), 1.3);
        double position = 1 + 1 / (1 + 20 * c.firstSeen);
        double raw = frequency * rarity * position * (c.words == 1 || unit ? 1 : name ? NAME_WEIGHT : PHRASE_WEIGHT);
        return raw / (raw + SQUASH);
    }

    /**
     * Whether each word of the phrase's commonest form opens with such a letter: in capitals, a
     * name, which holds together better than other phrases; in lower case, a common noun phrase.
     * Mixed capitals are mostly a name next to a word ({@code Trump campaign}), which holds
     * together less.
     */
    private static boolean everyWordOpensWith(String surface, java.util.function.IntPredicate letter) {
        for (String w : surface.split("\\s+")) {
            if (!letter.test(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String term) {
        return (int) term.codePoints().filter(Character::isLetter).count();
    }

    private static int longestWord(String term) {
        int best = 0;
        for (String w : term.split("\\s+")) {
            best = Math.max(best, (int) w.codePoints().filter(Character::isLetter).count());
        }
        return best;
    }
}
