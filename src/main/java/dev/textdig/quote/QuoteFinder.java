package dev.textdig.quote;

import dev.textdig.article.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans by their marks: “ ” „ " (straight, paired in order), « » (inner spaces
 * trimmed), ‹ ›, and ‘ ’ when they open and close a span rather than mark an apostrophe. Real text
 * is messy, so: a mark left open runs to the paragraph's end (a quotation over several paragraphs
 * reopens each paragraph with a mark and closes only in the last); a closing mark with no opening
 * one closes a span that starts after the previous quotation (or at the paragraph's start); an
 * opening mark met again before its close ends the first span there.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    static List<QuoteSpan> find(List<Paragraph> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        boolean previousRanOn = false;
        for (Paragraph p : paragraphs) {
            List<QuoteSpan> found = inParagraph(p, previousRanOn);
            if (found.isEmpty()) {
                found = transcriptTurn(p);
            }
            spans.addAll(found);
            previousRanOn = !found.isEmpty() && found.get(found.size() - 1).runsOn();
        }
        return spans;
    }

    /** "MS. HARLOW: My opponent has sat …": a transcript's turn, its speaker in capitals before a colon. */
    static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
            "^((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|M|MME)\\.\\s)?\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s\\p{Lu}[\\p{Lu}'’\\-]+){0,3}):\\s+(?=\\S)");

    /** A paragraph that is one turn of a transcript, with no quotation marks: the turn is the quotation. */
    private static List<QuoteSpan> transcriptTurn(Paragraph p) {
        String s = p.text();
        java.util.regex.Matcher m = TURN.matcher(s);
        if (!m.find()) {
            return List.of();
        }
        int end = s.stripTrailing().length();
        if (end <= m.end()) {
            return List.of();
        }
        return List.of(new QuoteSpan(p, m.end(), end, -1, end - 1, false));
    }

    static List<QuoteSpan> inParagraph(Paragraph p, boolean previousRanOn) {
        String s = p.text();
        List<QuoteSpan> out = new ArrayList<>();
        int lastClose = 0;
        int firstVisible = firstVisible(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char close = closerFor(c, s, i);
            if (close != 0) {
                int j = findClose(s, i + 1, c, close);
                boolean opensParagraph = i <= firstVisible;
                boolean continuation = opensParagraph && previousRanOn;
                if (j < 0 && c == '“') {
                    j = straightCloser(s, i + 1); // “Immunity deals should not …," Chaffetz said: mixed marks
                }
                if (j < 0) {
                    if (c == '‘' || c == '‹') {
                        i++;
                        continue;
                    }
                    int next = s.indexOf(c, i + 1);
                    int end = next < 0 ? s.length() : next;
                    add(out, p, i + 1, end, i, -1, continuation);
                    if (next < 0) {
                        break;
                    }
                    i = next;
                    continue;
                }
                add(out, p, i + 1, j, i, j, continuation);
                lastClose = j + 1;
                i = j + 1;
            } else if (c == '”' || c == '»') {
                // An orphan closing mark: the quotation started after the previous one, or with the paragraph.
                add(out, p, lastClose, i, -1, i, lastClose == 0 && previousRanOn);
                lastClose = i + 1;
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index of the first character that is not white space (as {@link String#isBlank} sees it), or the length. */
    private static int firstVisible(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when the char opens nothing there. */
    private static char closerFor(char c, String s, int i) {
        return switch (c) {
            case '“', '„' -> '”';
            case '«' -> '»';
            case '"' -> '"';
            case '‹' -> '›';
            case '‘' -> opensSingle(s, i) ? '’' : 0;
            default -> 0;
        };
    }

    /** A ‘ that starts a word after a space or the start: not an elision such as ‘90s. */
    private static boolean opensSingle(String s, int i) {
        boolean startsWord = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        boolean afterSpace = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "(“\"—–-".indexOf(s.charAt(i - 1)) >= 0;
        return startsWord && afterSpace;
    }

    /**
     * The index of the closing mark, or -1. For ‘ the closing ’ must not sit inside a word
     * (that is an apostrophe). For “ a second “ before any ” means the first was never closed.
     */
    private static int findClose(String s, int from, char open, char close) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == close && open != close) {
                if (close == '’' && j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1))) {
                    continue;
                }
                return j;
            }
            if (open == close && c == close) {
                return j;
            }
            if (c == open && open != close && open != '‘') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A straight mark shaped as a closer (after a word or punctuation, before a space, punctuation
     * or the end) that ends a “ no ” closes, before any other “; -1 when none.
     */
    private static int straightCloser(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '“' || c == '”') {
                return -1;
            }
            if (c == '"' && j > from && !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 == s.length() || Character.isWhitespace(s.charAt(j + 1)) || ",.;:!?)".indexOf(s.charAt(j + 1)) >= 0)) {
                return j;
            }
        }
        return -1;
    }

    private static void add(List<QuoteSpan> out, Paragraph p, int start, int end, int openMark, int closeMark,
                            boolean continuation) {
        String s = p.text();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start && s.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new QuoteSpan(p, start, end, openMark, closeMark, continuation));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
