package dev.textdig.article;

/**
 * Converts UTF-16 indexes of one string to code point indexes, and back, in one pass when the
 * indexes asked for increase (as offsets of matches, quotations and paragraphs do): linear in the
 * text, where {@code codePointCount(0, i)} for every offset would be quadratic.
 */
public final class CodePointCursor {
    private final String text;
    private int charIndex;
    private int codePointIndex;

    public CodePointCursor(String text) {
        this.text = text;
    }

    /** The code point index of a char index. */
    public int codePointAt(int targetChar) {
        if (targetChar < charIndex) {
            charIndex = 0;
            codePointIndex = 0;
        }
        codePointIndex += text.codePointCount(charIndex, targetChar);
        charIndex = targetChar;
        return codePointIndex;
    }

    /** The char index of a code point index. */
    public int charAt(int targetCodePoint) {
        if (targetCodePoint < codePointIndex) {
            charIndex = 0;
            codePointIndex = 0;
        }
        charIndex = text.offsetByCodePoints(charIndex, targetCodePoint - codePointIndex);
        codePointIndex = targetCodePoint;
        return charIndex;
    }
}
