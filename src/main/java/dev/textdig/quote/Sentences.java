package dev.textdig.quote;

import java.util.List;

/**
 * Sentence bounds around a quotation, read past other quotations in the same paragraph (given
 * in text order, with the quotation's own index, or -1 for none). Scans
 * are bounded ({@link #REACH} chars each way), so a paragraph of a million characters costs no
 * more per quotation than a normal one.
 */
final class Sentences {
    /** Attribution never lies further from its quotation than this. */
    static final int REACH = 400;

    private Sentences() {
    }

    /** Where the sentence ends after {@code from}: a full stop, ! or ? outside quotations, or the next quotation. */
    static int end(String text, int from, List<QuoteSpan> spans, int self) {
        int limit = Math.min(text.length(), from + REACH);
        if (self >= 0 && self + 1 < spans.size()) {
            limit = Math.min(limit, Math.max(from, spans.get(self + 1).before()));
        }
        for (int i = from; i < limit; i++) {
            if (isSentenceEnd(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** Where the sentence holding the quotation starts: after a full stop, ! or ? outside quotations. */
    static int start(String text, int to, List<QuoteSpan> spans, int self) {
        int previous = self - 1;
        int floor = Math.max(0, to - REACH);
        for (int i = to - 1; i >= floor; i--) {
            while (previous >= 0 && spans.get(previous).before() > i) {
                previous--;
            }
            if (previous >= 0 && i < spans.get(previous).after()) {
                if (endsSentence(text, spans.get(previous))) {
                    return spans.get(previous).after(); // “… a wild run.” He added that …
                }
                i = spans.get(previous).before();
                previous--;
                continue;
            }
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return floor;
    }

    /**
     * Whether a quotation ends its sentence: its words end with a full stop and the text after its
     * closing mark goes on with a capital ({@code “… a wild run.” He added}).
     */
    static boolean endsSentence(String text, QuoteSpan span) {
        String quoted = span.text().strip();
        if (quoted.isEmpty() || quoted.charAt(quoted.length() - 1) != '.') {
            return false;
        }
        int next = span.after();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next > span.after() && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /** The text between two points with other quotations cut out (their words are not the writer's). */
    static String withoutQuotes(String text, int from, int to, List<QuoteSpan> spans, int self) {
        StringBuilder b = new StringBuilder();
        int i = from;
        int first = self;
        while (first > 0 && spans.get(first - 1).after() > from) {
            first--;
        }
        for (QuoteSpan s : spans.subList(Math.max(0, first), spans.size())) {
            if (s.before() >= to) {
                break;
            }
            if (s.before() >= from && s.after() <= to) {
                b.append(text, i, s.before()).append(' ');
                i = s.after();
            }
        }
        return b.append(text, Math.min(i, to), to).toString();
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        boolean followedBySpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (!followedBySpace) {
            return false;
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && i - w < 4 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, i);
            boolean wordStarts = w == 0 || !Character.isLetter(text.charAt(w - 1));
            // Abbreviations and initials do not end a sentence: Mr. Gov. U.S. J.
            return !(wordStarts && word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
        }
        return true;
    }
}
