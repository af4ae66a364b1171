package dev.textdig.output;

/**
 * Word-wraps text that may hold our own ANSI colour codes (input text has been made terminal-safe,
 * so every ESC here is ours), counting only visible characters toward the width.
 */
public final class TextWrap {
    private TextWrap() {
    }

    public static String wrap(String styled, int width, String indent) {
        StringBuilder out = new StringBuilder(styled.length() + 32).append(indent);
        int column = indent.length();
        int available = Math.max(20, width);
        int i = 0;
        boolean lineHasWord = false;
        while (i < styled.length()) {
            int wordEnd = styled.indexOf(' ', i);
            if (wordEnd < 0) {
                wordEnd = styled.length();
            }
            String word = styled.substring(i, wordEnd);
            int visible = visibleLength(word);
            if (lineHasWord && column + 1 + visible > available) {
                out.append('\n').append(indent);
                column = indent.length();
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += visible;
            lineHasWord = lineHasWord || visible > 0 || !word.isEmpty();
            i = wordEnd + 1;
        }
        return out.append('\n').toString();
    }

    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b') {
                int m = s.indexOf('m', i);
                i = m < 0 ? s.length() : m;
                continue;
            }
            if (!Character.isLowSurrogate(c)) {
                n++;
            }
        }
        return n;
    }
}
