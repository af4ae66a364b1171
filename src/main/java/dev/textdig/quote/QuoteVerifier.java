package dev.textdig.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks a claimed quotation against the real ones. Words are compared, not characters
 * (lower-cased, punctuation dropped). The claim is aligned with the stretch of each quotation that
 * needs the fewest word edits (a claim often quotes part of a longer quotation): one pass over the
 * quotation's words per word of the claim, so a quotation of any length costs linear time. The
 * score of a stretch is {@code 1 - edits / max(claim words, stretch words)}; Commons Text's
 * {@link LevenshteinDistance} and {@link StringsComparator} then score and describe the best one.
 * Verdict: {@code exact} at 1, {@code close} (a misquote) at 0.6 or more, else {@code not found}.
 */
public final class QuoteVerifier {
    /** A claim this similar to a real quotation is a misquote of it, not a different quotation. */
    public static final double CLOSE = 0.6;
    /** The longest claim, in words: a quotation, not an article (alignment costs claim × text). */
    public static final int MAX_CLAIM_WORDS = 1000;

    private QuoteVerifier() {
    }

    /** A word of a text, compared lower-cased, and where it stands in that text (chars). */
    record Word(String key, int start, int end) {
    }

    /** The number of words of a claim, as they are compared. */
    public static int claimWords(String claim) {
        return words(claim).size();
    }

    public static Verification verify(String claim, List<Quote> quotes) {
        List<Word> claimWords = words(claim);
        if (claimWords.isEmpty() || claimWords.size() > MAX_CLAIM_WORDS) {
            throw new IllegalArgumentException("a claim has 1 to " + MAX_CLAIM_WORDS + " words");
        }
        Symbols symbols = Symbols.of(claimWords);
        String c = symbols.encode(claimWords);
        Quote bestQuote = null;
        List<Word> bestWords = List.of();
        Stretch best = null;
        for (Quote q : quotes) {
            List<Word> qw = words(q.text());
            Stretch s = bestStretch(c, symbols.encode(qw));
            if (s != null && (best == null || s.score() > best.score())) {
                best = s;
                bestQuote = q;
                bestWords = qw;
            }
        }
        if (best == null) {
            return new Verification(Verification.Verdict.NOT_FOUND, null, 0, null, List.of());
        }
        List<Word> stretch = bestWords.subList(best.from(), best.to());
        String matched = bestQuote.text().substring(stretch.get(0).start(), stretch.get(stretch.size() - 1).end());
        if (best.score() < CLOSE) {
            return new Verification(Verification.Verdict.NOT_FOUND, bestQuote, best.score(), matched, List.of());
        }
        Symbols exact = Symbols.of(concat(stretch, claimWords));
        String quoted = exact.encode(stretch);
        String claimed = exact.encode(claimWords);
        int edits = LevenshteinDistance.getDefaultInstance().apply(quoted, claimed);
        double score = 1.0 - (double) edits / Math.max(claimed.length(), quoted.length());
        List<String> diffs = differences(quoted, claimed, exact);
        Verification.Verdict verdict = diffs.isEmpty() ? Verification.Verdict.EXACT : Verification.Verdict.CLOSE;
        return new Verification(verdict, bestQuote, score, matched, diffs);
    }

    /** The words {@code [from, to)} of a quotation and their score against the claim. */
    private record Stretch(int from, int to, double score) {
    }

    /**
     * The stretch of {@code text} closest to {@code claim} (one symbol a word): Sellers'
     * approximate matching, edit distance with a free start and end in the text. Column by
     * column over the text, keeping for each cell the edits and where its stretch starts.
     * Null when the text has no word.
     */
    private static Stretch bestStretch(String claim, String text) {
        int n = claim.length();
        int m = text.length();
        if (m == 0) {
            return null;
        }
        int[] edits = new int[n + 1];
        int[] start = new int[n + 1];
        int[] previousEdits = new int[n + 1];
        int[] previousStart = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            previousEdits[i] = i;
        }
        Stretch best = null;
        for (int j = 1; j <= m; j++) {
            edits[0] = 0;
            start[0] = j; // a stretch may start anywhere, for free
            char w = text.charAt(j - 1);
            for (int i = 1; i <= n; i++) {
                int diagonal = previousEdits[i - 1] + (claim.charAt(i - 1) == w ? 0 : 1);
                int extraTextWord = previousEdits[i] + 1;
                int missingClaimWord = edits[i - 1] + 1;
                if (diagonal <= extraTextWord && diagonal <= missingClaimWord) {
                    edits[i] = diagonal;
                    start[i] = previousStart[i - 1];
                } else if (missingClaimWord <= extraTextWord) {
                    edits[i] = missingClaimWord;
                    start[i] = start[i - 1];
                } else {
                    edits[i] = extraTextWord;
                    start[i] = previousStart[i];
                }
            }
            int from = Math.min(start[n], j - 1); // at least one word of the text
            double score = 1.0 - (double) edits[n] / Math.max(n, j - from);
            if (best == null || score > best.score()) {
                best = new Stretch(from, j, score);
            }
            int[] t = previousEdits;
            previousEdits = edits;
            edits = t;
            t = previousStart;
            previousStart = start;
            start = t;
        }
        return best;
    }

    /** Word edits from the quotation to the claim, a replaced word shown as {@code old→new}. */
    private static List<String> differences(String quote, String claim, Symbols symbols) {
        List<String> out = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        Runnable flush = () -> {
            int pairs = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < pairs; i++) {
                out.add(deleted.get(i) + "→" + inserted.get(i));
            }
            for (int i = pairs; i < deleted.size(); i++) {
                out.add("-" + deleted.get(i));
            }
            for (int i = pairs; i < inserted.size(); i++) {
                out.add("+" + inserted.get(i));
            }
            deleted.clear();
            inserted.clear();
        };
        new StringsComparator(quote, claim).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitInsertCommand(Character c) {
                inserted.add(symbols.decode(c));
            }

            @Override
            public void visitKeepCommand(Character c) {
                flush.run();
            }

            @Override
            public void visitDeleteCommand(Character c) {
                deleted.add(symbols.decode(c));
            }
        });
        flush.run();
        return out;
    }

    /** Words, lower-cased, with punctuation and quotation marks dropped; apostrophes and hyphens kept inside words. */
    static List<Word> words(String text) {
        String plain = text.replace('’', '\'');
        List<Word> out = new ArrayList<>();
        int cursor = 0;
        for (String t : Tokens.of(plain)) {
            int start = plain.indexOf(t, cursor);
            cursor = start + t.length();
            if (isComparable(t)) {
                out.add(new Word(t.toLowerCase(Locale.ROOT), start, cursor));
            }
        }
        return out;
    }

    /**
     * A token that starts with a letter or a number of any kind: every word token, superscripts and
     * fractions too ({@code ³}, {@code ½}), so no quotation that has a token to compare is left out.
     */
    private static boolean isComparable(String t) {
        int c = t.codePointAt(0);
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static List<Word> concat(List<Word> a, List<Word> b) {
        List<Word> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * One private-use character per distinct word of a small set of words (a claim, or a claim and
     * one stretch: at most a few thousand, well inside the 6,400 private-use characters); every
     * other word is one shared symbol that equals none of them.
     */
    private static final class Symbols {
        private final Map<String, Character> codes = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private char other;

        static Symbols of(List<Word> known) {
            Symbols s = new Symbols();
            for (Word w : known) {
                s.codes.computeIfAbsent(w.key(), k -> {
                    s.words.add(k);
                    return (char) (0xE000 + s.words.size() - 1);
                });
            }
            s.other = (char) (0xE000 + s.words.size());
            return s;
        }

        String encode(List<Word> ws) {
            StringBuilder b = new StringBuilder(ws.size());
            for (Word w : ws) {
                b.append(codes.getOrDefault(w.key(), other));
            }
            return b.toString();
        }

        String decode(char c) {
            return words.get(c - 0xE000);
        }
    }
}
