package dev.textdig.output;

/**
 * Makes input text safe to show: control characters, escape sequences and bidirectional overrides
 * from a file are shown as visible escapes ({@code \x1b}, {@code \u202e}) and never reach a terminal raw.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * Whether a character must not be written raw to a terminal: C0 and C1 controls (tab among them:
     * {@link #safe} turns it into a space, {@link #name} escapes it), DEL, bidirectional controls and
     * the Unicode line and paragraph separators.
     */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || c == 0x2028 || c == 0x2029;
    }

    /** The text with every unsafe character escaped; tabs become spaces. */
    public static String safe(String s) {
        return escaped(s, false);
    }

    /**
     * A file name (or a message quoting one) made safe: as {@link #safe}, but a tab is shown as
     * {@code \x09}, not turned into a space, which would name another file.
     */
    public static String name(String s) {
        return escaped(s, true);
    }

    private static String escaped(String s, boolean escapeTab) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnsafe(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (c == '\t' && !escapeTab) {
                b.append(' ');
            } else {
                appendEscape(b, c);
            }
        }
        return b == null ? s : b.toString();
    }

    static void appendEscape(StringBuilder b, int c) {
        if (c <= 0xFF) {
            b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
        } else {
            b.append(String.format("\\u%04x", c));
        }
    }
}
