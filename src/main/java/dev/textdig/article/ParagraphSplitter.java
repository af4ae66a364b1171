package dev.textdig.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into paragraphs. Blocks are separated by blank lines; inside a block each
 * line is its own paragraph (scraped text often has one paragraph per line and no blank lines),
 * unless the block is hard-wrapped prose: a long line that stops mid-sentence joins the next one.
 * Every paragraph comes out as {@link Kind#BODY}; the classifier decides the kinds.
 */
public final class ParagraphSplitter {
    /** Lines shorter than this in a block are never taken for wrapped prose. */
    private static final int MIN_WRAP_WIDTH = 40;
    /** Plain-text exports wrap at 60 to 80 columns, rarely wider. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** A wrapped line fills at least this share of its block's widest line. */
    private static final double WRAP_FILL = 0.7;

    private ParagraphSplitter() {
    }

    private record Line(int number, int start, int end) {
        int length() {
            return end - start;
        }
    }

    public static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        CodePointCursor cursor = new CodePointCursor(text);
        List<Line> block = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            Line line = trimmed(text, lineNumber, lineStart, lineEnd);
            if (line == null) {
                emitBlock(text, block, paragraphs, cursor);
                block.clear();
            } else {
                block.add(line);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
            lineNumber++;
        }
        emitBlock(text, block, paragraphs, cursor);
        return paragraphs;
    }

    /** The line without surrounding whitespace, or null when it is blank. */
    private static Line trimmed(String text, int number, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new Line(number, s, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static void emitBlock(String text, List<Line> block, List<Paragraph> out, CodePointCursor cursor) {
        if (block.isEmpty()) {
            return;
        }
        int widest = 0;
        for (Line l : block) {
            widest = Math.max(widest, l.length());
        }
        boolean wrapped = isWrappedProse(block, widest);
        int first = 0;
        for (int i = 0; i < block.size(); i++) {
            boolean last = i == block.size() - 1;
            if (last || !(wrapped || continuesOnNextLine(text, block.get(i), block.get(i + 1), widest))) {
                Line a = block.get(first);
                Line b = block.get(i);
                String body = text.substring(a.start(), b.end()).replace('\n', ' ');
                int startCp = cursor.codePointAt(a.start());
                int endCp = cursor.codePointAt(b.end());
                out.add(new Paragraph(out.size() + 1, a.number(), startCp, endCp, body, Kind.BODY));
                first = i + 1;
            }
        }
    }

    /**
     * A block wrapped at a fixed width (as e-mail and plain-text exports are): every line but the
     * last fills most of a width no wider than a wrapped line ever is. One-paragraph-per-line text
     * has lines of very different lengths, often far longer than that.
     */
    private static boolean isWrappedProse(List<Line> block, int widest) {
        if (block.size() < 2 || widest < MIN_WRAP_WIDTH || widest > MAX_WRAP_WIDTH) {
            return false;
        }
        for (int i = 0; i < block.size() - 1; i++) {
            if (block.get(i).length() < WRAP_FILL * widest) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line of a block is hard-wrapped prose that goes on in the next line. */
    private static boolean continuesOnNextLine(String text, Line line, Line next, int widest) {
        if (widest < MIN_WRAP_WIDTH || line.length() < WRAP_FILL * widest) {
            return false;
        }
        char lastChar = text.charAt(line.end() - 1);
        char nextFirst = text.charAt(next.start());
        if (startsListItem(nextFirst)) {
            return false;
        }
        return !endsSentence(lastChar) || Character.isLowerCase(nextFirst);
    }

    static boolean endsSentence(char c) {
        return switch (c) {
            case '.', '!', '?', '…', '"', '”', '»', ':', ')', ']' -> true;
            default -> false;
        };
    }

    private static boolean startsListItem(char c) {
        return c == '-' || c == '*' || c == '•' || c == '–' || c == '—' || c == '>' || c == '|';
    }
}
