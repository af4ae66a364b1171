package dev.textdig.quote;

import java.util.List;

/** Sentence bounds around a quotation, read past other quotations in the same paragraph. */
final class Sentences {
    private Sentences() {
    }

    /** Where the sentence ends after {@code from}: a full stop, ! or ? outside quotations, or the next quotation. */
    static int end(String text, int from, List<QuoteSpan> spans, QuoteSpan self) {
        for (int i = from; i < text.length(); i++) {
            QuoteSpan other = spanAt(spans, i, self);
            if (other != null) {
                return i;
            }
            if (isSentenceEnd(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Where the sentence holding the quotation starts: after a full stop, ! or ? outside quotations. */
    static int start(String text, int to, List<QuoteSpan> spans, QuoteSpan self) {
        for (int i = to - 1; i >= 0; i--) {
            QuoteSpan other = spanAt(spans, i, self);
            if (other != null) {
                i = other.before();
                continue;
            }
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The text between two points with other quotations cut out (their words are not the writer's). */
    static String withoutQuotes(String text, int from, int to, List<QuoteSpan> spans) {
        StringBuilder b = new StringBuilder();
        int i = from;
        for (QuoteSpan s : spans) {
            if (s.before() >= from && s.after() <= to) {
                b.append(text, i, s.before()).append(' ');
                i = s.after();
            }
        }
        return b.append(text, Math.min(i, to), to).toString();
    }

    private static QuoteSpan spanAt(List<QuoteSpan> spans, int i, QuoteSpan self) {
        for (QuoteSpan s : spans) {
            if (s != self && i >= s.before() && i < s.after()) {
                return s;
            }
        }
        return null;
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
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, i);
            // Abbreviations and initials do not end a sentence: Mr. Gov. U.S. J.
            return !(word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
        }
        return true;
    }
}
