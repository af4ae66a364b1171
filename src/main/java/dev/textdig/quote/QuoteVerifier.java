package dev.textdig.quote;

import dev.textdig.article.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks a claimed quotation against the real ones. Words are compared, not characters
 * (lower-cased, punctuation dropped). The claim is aligned with the stretch of each quotation that
 * needs the fewest word edits (a claim often quotes part of a longer quotation): one pass over the
 * quotation's words per word of the claim, so a quotation of any length costs linear time. The
 * score of a stretch is {@code 1 - edits / max(claim words, stretch words)}.
 *
 * <p>A journalist trusts the verdict, so it errs towards "no": a stretch is the same quotation only
 * when it scores {@link #CLOSE} and holds {@link #MIN_CONTENT_SHARE} of the claim's content words
 * (function words are in every sentence); a claim with fewer than {@link #MIN_CONTENT_WORDS}
 * content words is {@code too short} to identify one; and an edit that changes the meaning (a
 * negation, a number, a name, the speaker) makes a {@code misquote}, never {@code close}.
 */
public final class QuoteVerifier {
    /** A claim this similar to a real quotation is the same quotation, reworded, not a different one. */
    public static final double CLOSE = 0.6;
    /** The share of the claim's content words a stretch must hold to be the same quotation. */
    public static final double MIN_CONTENT_SHARE = 2.0 / 3;
    /** Fewer content words than this do not identify a quotation ("I think" is in a thousand of them). */
    public static final int MIN_CONTENT_WORDS = 4;
    /**
     * A shorter claim can still be shown to be a misquote when this many of its content words are in
     * one quotation with its negation, a number or a name changed: saying "no" needs less evidence.
     */
    private static final int MIN_CONTENT_WORDS_FOR_MISQUOTE = 2;
    /** The longest claim, in words: a quotation, not an article (alignment costs claim × text). */
    public static final int MAX_CLAIM_WORDS = 1000;

    private QuoteVerifier() {
    }

    /** The number of words of a claim, as they are compared. */
    public static int claimWords(String claim) {
        return TextWord.split(claim).size();
    }

    /** The number of content words of a claim (not stopwords of its language, not negations). */
    public static int contentWords(String claim) {
        return new ContentWords(LanguageDetector.detect(claim)).count(TextWord.split(claim));
    }

    public static Verification verify(String claim, List<Quote> quotes) {
        return verify(claim, quotes, null);
    }

    /**
     * @param speaker who the claim says said it (any word of the name, as {@code --speaker} takes
     *                it), or null: a quotation by someone else is then a misquote
     */
    public static Verification verify(String claim, List<Quote> quotes, String speaker) {
        List<TextWord> claimWords = TextWord.split(claim);
        if (claimWords.isEmpty() || claimWords.size() > MAX_CLAIM_WORDS) {
            throw new IllegalArgumentException("a claim has 1 to " + MAX_CLAIM_WORDS + " words");
        }
        ContentWords content = new ContentWords(LanguageDetector.detect(claim));
        int claimContent = content.count(claimWords);
        Candidate best = closest(claimWords, quotes, content, speaker);
        if (best == null || !best.identified()) {
            if (claimContent < MIN_CONTENT_WORDS) {
                return tooShort();
            }
            return best == null ? new Verification(Verification.Verdict.NOT_FOUND, null, 0, null, List.of())
                    : new Verification(Verification.Verdict.NOT_FOUND, best.quote(), best.stretch().score(), best.matched(), List.of());
        }
        List<TextWord> stretch = best.stretchWords();
        List<TextWord> widened = best.widenedStretch();
        if (Negations.count(widened) > Negations.count(stretch)) {
            stretch = widened; // the claim left out a negation that governs its words
        }
        Symbols exact = Symbols.of(concat(stretch, claimWords));
        String quoted = exact.encode(stretch);
        String claimed = exact.encode(claimWords);
        int edits = LevenshteinDistance.getDefaultInstance().apply(quoted, claimed);
        double score = 1.0 - (double) edits / Math.max(claimed.length(), quoted.length());
        List<WordEdits.Edit> wordEdits = WordEdits.between(stretch, claimWords);
        List<String> changes = new ArrayList<>(MeaningChanges.find(best.quote().text(), stretch, claim, claimWords, wordEdits));
        String speakerNote = speakerNote(best.quote(), speaker);
        boolean wrongSpeaker = speakerNote != null && SpeakerMatch.known(best.quote());
        List<String> differences = new ArrayList<>(changes);
        if (speakerNote != null) {
            differences.add(speakerNote);
        }
        List<String> labels = WordEdits.labels(wordEdits);
        differences.addAll(labels);
        String matched = best.quote().text().substring(stretch.get(0).start(), stretch.get(stretch.size() - 1).end());
        Verification.Verdict verdict;
        if (!changes.isEmpty() || wrongSpeaker) {
            if (claimContent < MIN_CONTENT_WORDS_FOR_MISQUOTE) {
                return tooShort();
            }
            verdict = Verification.Verdict.MISQUOTE;
        } else if (claimContent < MIN_CONTENT_WORDS) {
            return tooShort();
        } else {
            verdict = labels.isEmpty() ? Verification.Verdict.EXACT : Verification.Verdict.CLOSE;
        }
        return new Verification(verdict, best.quote(), score, matched, List.copyOf(differences));
    }

    /** A claim too short to point at one quotation points at none: showing an arbitrary one would look like an answer. */
    private static Verification tooShort() {
        return new Verification(Verification.Verdict.TOO_SHORT, null, 0, null, List.of());
    }

    /**
     * What the closest quotation says of the claimed speaker: {@code speaker: X, not Y} when the
     * article names someone else, a note when it names no one (nothing to confirm or deny), null
     * when it is the claimed speaker or none was claimed.
     */
    private static String speakerNote(Quote q, String speaker) {
        if (speaker == null || SpeakerMatch.matches(q, speaker)) {
            return null;
        }
        if (!SpeakerMatch.known(q)) {
            return "speaker: not named in the article, so not confirmed as " + speaker.strip();
        }
        return "speaker: " + (q.speaker() != null ? q.speaker() : q.mention()) + ", not " + speaker.strip();
    }

    /** A quotation, its words, its stretch closest to the claim, and how far that stretch is the same quotation. */
    private record Candidate(Quote quote, List<TextWord> words, Stretch stretch, double contentShare, boolean bySpeaker) {
        boolean identified() {
            return stretch.score() >= CLOSE && contentShare >= MIN_CONTENT_SHARE;
        }

        /** Identified first, then the better score, then more content words, then the claimed speaker's. */
        boolean betterThan(Candidate o) {
            if (identified() != o.identified()) {
                return identified();
            }
            if (stretch.score() != o.stretch.score()) {
                return stretch.score() > o.stretch.score();
            }
            if (contentShare != o.contentShare) {
                return contentShare > o.contentShare;
            }
            return bySpeaker && !o.bySpeaker;
        }

        List<TextWord> stretchWords() {
            return words.subList(stretch.from(), stretch.to());
        }

        String matched() {
            return quote.text().substring(words.get(stretch.from()).start(), words.get(stretch.to() - 1).end());
        }

        /**
         * The stretch with a negation outside it that governs it: one earlier in the same clause
         * (a claim that starts after "Nobody believes" or "I never said" quotes words that mean the
         * opposite), or one just after it (a claim that stops before "not").
         */
        List<TextWord> widenedStretch() {
            int from = stretch.from();
            int to = stretch.to();
            for (int i = from; i > 0 && sameClause(words.get(i)); i--) {
                if (Negations.isCue(words.get(i - 1).key())) {
                    from = i - 1;
                }
            }
            while (to < words.size() && Negations.isCue(words.get(to).key()) && sameClause(words.get(to))) {
                to++;
            }
            return words.subList(from, to);
        }

        /** No punctuation between this word and the one before. */
        private static boolean sameClause(TextWord w) {
            return w.gap().isBlank();
        }
    }

    private static Candidate closest(List<TextWord> claimWords, List<Quote> quotes, ContentWords content, String speaker) {
        Symbols symbols = Symbols.of(claimWords);
        String c = symbols.encode(claimWords);
        Candidate best = null;
        for (Quote q : quotes) {
            List<TextWord> qw = TextWord.split(q.text());
            Stretch s = bestStretch(c, symbols.encode(qw));
            if (s == null) {
                continue;
            }
            Candidate candidate = new Candidate(q, qw, s, content.shareFound(claimWords, qw.subList(s.from(), s.to())),
                    speaker != null && SpeakerMatch.matches(q, speaker));
            if (best == null || candidate.betterThan(best)) {
                best = candidate;
            }
        }
        return best;
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
                edits[i] = diagonal;
                start[i] = previousStart[i - 1];
                // Among equal edits the earlier start: a longer stretch with the same edits scores
                // higher, and it keeps a left-out word ("We talked [with Macron] about") inside.
                if (missingClaimWord < edits[i] || (missingClaimWord == edits[i] && start[i - 1] < start[i])) {
                    edits[i] = missingClaimWord;
                    start[i] = start[i - 1];
                }
                if (extraTextWord < edits[i] || (extraTextWord == edits[i] && previousStart[i] < start[i])) {
                    edits[i] = extraTextWord;
                    start[i] = previousStart[i];
                }
            }
            int from = Math.min(start[n], j - 1); // at least one word of the text
            double score = 1.0 - (double) edits[n] / Math.max(n, j - from);
            // On a tie, the stretch nearer the claim's length: "until Friday" for "until Saturday", not "until".
            if (best == null || score > best.score()
                    || (score == best.score() && Math.abs(j - from - n) < Math.abs(best.to() - best.from() - n))) {
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

    private static List<TextWord> concat(List<TextWord> a, List<TextWord> b) {
        List<TextWord> out = new ArrayList<>(a);
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

        static Symbols of(List<TextWord> known) {
            Symbols s = new Symbols();
            for (TextWord w : known) {
                s.codes.computeIfAbsent(w.key(), k -> {
                    s.words.add(k);
                    return (char) (0xE000 + s.words.size() - 1);
                });
            }
            s.other = (char) (0xE000 + s.words.size());
            return s;
        }

        String encode(List<TextWord> ws) {
            StringBuilder b = new StringBuilder(ws.size());
            for (TextWord w : ws) {
                b.append(codes.getOrDefault(w.key(), other));
            }
            return b.toString();
        }
    }
}
