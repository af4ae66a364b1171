package dev.textdig.quote;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits that change what a quotation means, not just its wording: a negation taken out or put
 * in, a number changed, a name changed. Each is described in plain words ({@code negation
 * removed: "n'est pas"}, {@code number changed: "3" -> "4"}, {@code name changed: "Macron" ->
 * "Philippe"}), the quotation's side as the article words it.
 */
final class MeaningChanges {
    /** Removed negation words closer than this are one phrase ({@code n'est pas}); farther ones are joined with an ellipsis. */
    private static final int PHRASE_GAP = 3;

    private MeaningChanges() {
    }

    /**
     * @param quotation the quotation's text, which the stretch's offsets point into
     * @param stretch   the words of the quotation aligned with the claim
     * @param claim     the claim's text and words
     */
    static List<String> find(String quotation, List<TextWord> stretch, String claim, List<TextWord> claimWords,
                             List<WordEdits.Edit> edits) {
        List<String> out = new ArrayList<>();
        negation(quotation, stretch, claim, claimWords, out);
        numbers(quotation, stretch, claim, claimWords, out);
        names(edits, out);
        return out;
    }

    /**
     * Negations count, not their words: {@code never} for {@code not} keeps the sentence negative,
     * {@code est} for {@code n'est pas} does not.
     */
    private static void negation(String quotation, List<TextWord> stretch, String claim, List<TextWord> claimWords,
                                 List<String> out) {
        int before = Negations.count(stretch);
        int after = Negations.count(claimWords);
        List<Integer> quoted = Negations.cues(stretch);
        List<Integer> claimed = Negations.cues(claimWords);
        if (before > after) {
            out.add("negation removed: \"" + phrase(quotation, stretch, unmatched(stretch, quoted, claimWords, claimed)) + "\"");
        } else if (after > before) {
            out.add("negation added: \"" + phrase(claim, claimWords, unmatched(claimWords, claimed, stretch, quoted)) + "\"");
        }
    }

    /** The negating words of one side that the other side does not have (by word), or all of them when each side has its own. */
    private static List<Integer> unmatched(List<TextWord> words, List<Integer> cues, List<TextWord> otherWords, List<Integer> otherCues) {
        List<String> others = new ArrayList<>();
        for (int i : otherCues) {
            others.add(otherWords.get(i).key());
        }
        List<Integer> out = new ArrayList<>();
        for (int i : cues) {
            if (!others.remove(words.get(i).key())) {
                out.add(i);
            }
        }
        return out.isEmpty() ? cues : out;
    }

    /** The words at these positions as the text writes them: one stretch when they are close, else parts joined by {@code …}. */
    private static String phrase(String text, List<TextWord> words, List<Integer> positions) {
        StringBuilder b = new StringBuilder();
        int runStart = positions.get(0);
        int previous = runStart;
        for (int k = 1; k <= positions.size(); k++) {
            int p = k < positions.size() ? positions.get(k) : Integer.MAX_VALUE;
            if (p - previous > PHRASE_GAP) {
                if (!b.isEmpty()) {
                    b.append(" … ");
                }
                b.append(text, words.get(runStart).start(), words.get(previous).end());
                runStart = p;
            }
            previous = p;
        }
        return b.toString();
    }

    /** Numbers compare by value in order; what is left on each side after the common ones is changed, removed or added. */
    private static void numbers(String quotation, List<TextWord> stretch, String claim, List<TextWord> claimWords, List<String> out) {
        List<Numbers.Found> quoted = new ArrayList<>(Numbers.in(stretch));
        List<Numbers.Found> claimed = new ArrayList<>(Numbers.in(claimWords));
        List<Numbers.Found> unmatchedQuoted = new ArrayList<>();
        for (Numbers.Found q : quoted) {
            Numbers.Found same = claimed.stream().filter(c -> c.value().compareTo(q.value()) == 0).findFirst().orElse(null);
            if (same == null) {
                unmatchedQuoted.add(q);
            } else {
                claimed.remove(same);
            }
        }
        int pairs = Math.min(unmatchedQuoted.size(), claimed.size());
        for (int i = 0; i < pairs; i++) {
            out.add("number changed: \"" + written(quotation, stretch, unmatchedQuoted.get(i)) + "\" -> \""
                    + written(claim, claimWords, claimed.get(i)) + "\"");
        }
        for (int i = pairs; i < unmatchedQuoted.size(); i++) {
            out.add("number removed: \"" + written(quotation, stretch, unmatchedQuoted.get(i)) + "\"");
        }
        for (int i = pairs; i < claimed.size(); i++) {
            out.add("number added: \"" + written(claim, claimWords, claimed.get(i)) + "\"");
        }
    }

    private static String written(String text, List<TextWord> words, Numbers.Found n) {
        return text.substring(words.get(n.from()).start(), words.get(n.to() - 1).end());
    }

    /**
     * A name is a capitalised word that is not a stopword in either language; at the start of a
     * sentence a capital says nothing, so there a word counts as a name only when its replacement
     * is capitalised too ({@code Macron} for {@code Philippe} at the start of both).
     */
    private static void names(List<WordEdits.Edit> edits, List<String> out) {
        for (WordEdits.Edit e : edits) {
            TextWord q = e.quoted();
            TextWord c = e.claimed();
            if (q != null && c != null) {
                if (isName(q) || isName(c) || (capitalisedWord(q) && capitalisedWord(c))) {
                    out.add("name changed: \"" + q.text() + "\" -> \"" + c.text() + "\"");
                }
            } else if (q != null && isName(q)) {
                out.add("name removed: \"" + q.text() + "\"");
            } else if (c != null && isName(c)) {
                out.add("name added: \"" + c.text() + "\"");
            }
        }
    }

    private static boolean isName(TextWord w) {
        return !w.sentenceStart() && capitalisedWord(w);
    }

    private static boolean capitalisedWord(TextWord w) {
        String bare = ContentWords.bare(w.key());
        return w.isCapitalised() && Character.isLetter(w.text().codePointAt(0)) && !bare.isEmpty()
                && !Stopwords.isStopword(bare, Language.EN) && !Stopwords.isStopword(bare, Language.FR)
                && !Negations.isCue(w.key()) && Numbers.valueOfWord(w.key()) == null;
    }

}
