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
 * Checks a claimed quotation against the real ones. Words are compared, not characters: each
 * distinct word (lower-cased, punctuation dropped) becomes one symbol, so Commons Text's
 * {@link LevenshteinDistance} counts word edits and its {@link StringsComparator} lists them. The
 * claim is compared with every stretch of every quotation of about its length (a claim often
 * quotes part of a longer quotation); the score is {@code 1 - edits / max(claim words, stretch
 * words)}. Verdict: {@code exact} at 1, {@code close} (a misquote) at 0.6 or more, else {@code not found}.
 */
public final class QuoteVerifier {
    /** A claim this similar to a real quotation is a misquote of it, not a different quotation. */
    public static final double CLOSE = 0.6;
    private static final int SLACK = 3;

    private QuoteVerifier() {
    }

    public static Verification verify(String claim, List<Quote> quotes) {
        List<String> claimWords = words(claim);
        if (claimWords.isEmpty()) {
            return new Verification(Verification.Verdict.NOT_FOUND, null, 0, null, List.of());
        }
        Symbols symbols = new Symbols();
        String c = symbols.encode(claimWords);
        Quote bestQuote = null;
        double best = -1;
        int bestFrom = 0;
        int bestTo = 0;
        for (Quote q : quotes) {
            List<String> qw = words(q.text());
            String encoded = symbols.encode(qw);
            for (int len = Math.max(1, claimWords.size() - SLACK); len <= claimWords.size() + SLACK; len++) {
                for (int from = 0; from + len <= Math.max(len, qw.size()); from++) {
                    int to = Math.min(qw.size(), from + len);
                    String window = encoded.substring(from, to);
                    int edits = LevenshteinDistance.getDefaultInstance().apply(c, window);
                    double score = 1.0 - (double) edits / Math.max(claimWords.size(), to - from);
                    if (score > best) {
                        best = score;
                        bestQuote = q;
                        bestFrom = from;
                        bestTo = to;
                    }
                    if (to == qw.size()) {
                        break;
                    }
                }
            }
        }
        if (bestQuote == null || best < CLOSE) {
            return new Verification(Verification.Verdict.NOT_FOUND, bestQuote, Math.max(0, best),
                    bestQuote == null ? null : String.join(" ", words(bestQuote.text()).subList(bestFrom, bestTo)), List.of());
        }
        List<String> stretch = words(bestQuote.text()).subList(bestFrom, bestTo);
        List<String> diffs = differences(stretch, claimWords, symbols);
        Verification.Verdict verdict = diffs.isEmpty() ? Verification.Verdict.EXACT : Verification.Verdict.CLOSE;
        return new Verification(verdict, bestQuote, diffs.isEmpty() ? 1.0 : best, String.join(" ", stretch), diffs);
    }

    /** Word edits from the quotation to the claim, a replaced word shown as {@code old→new}. */
    private static List<String> differences(List<String> quote, List<String> claim, Symbols symbols) {
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
        new StringsComparator(symbols.encode(quote), symbols.encode(claim)).getScript().visit(new CommandVisitor<Character>() {
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

    /** Lower-case words, punctuation and quotation marks dropped; apostrophes and hyphens kept inside words. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : Tokens.of(text.replace('’', '\''))) {
            if (Tokens.isWord(t)) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** One private-use character per distinct word. */
    private static final class Symbols {
        private final Map<String, Character> codes = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        String encode(List<String> ws) {
            StringBuilder b = new StringBuilder(ws.size());
            for (String w : ws) {
                b.append(codes.computeIfAbsent(w, k -> {
                    words.add(k);
                    return (char) (0xE000 + words.size() - 1);
                }));
            }
            return b.toString();
        }

        String decode(char c) {
            return words.get(c - 0xE000);
        }
    }
}
