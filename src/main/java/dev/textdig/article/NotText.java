package dev.textdig.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Inputs that are not plain text, told by their content whatever their name: a PDF, or an HTML
 * page or fragment, which would otherwise be read as text (a PDF's bytes as words, a page's tags
 * in its title). Binary files in general are found by the decoder (NUL bytes).
 */
public final class NotText {
    /** An element name right after the first {@code <}: a page, or a fragment of one. */
    private static final Pattern HTML_START = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|article|main|section|header|nav|div|p|h[1-6]|span|table|ul|ol|a|br|img|script|style|link)[\\s>/]");

    private NotText() {
    }

    /** Why these bytes are not an article, as the end of a warning; null when they may be one. */
    public static String reason(String name, byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return "a PDF, not plain text: skipped (extract its text first, e.g. pdftotext " + name + " -)";
        }
        if (html(bytes)) {
            return "HTML, not plain text: skipped (textdig reads text: save the page as text, or convert it, "
                    + "e.g. pandoc -t plain " + name + ")";
        }
        return null;
    }

    /**
     * Whether the text starts (after a byte-order mark, blank space and comments) with an HTML
     * tag that is later closed: plain-text articles do not open on {@code <p>}.
     */
    static boolean html(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
                i++;
            }
            String close = head.startsWith("<!--", i) ? "-->" : head.startsWith("<?xml", i) ? "?>" : null;
            if (close != null) {
                int end = head.indexOf(close, i);
                if (end < 0) {
                    return false;
                }
                i = end + close.length();
                continue;
            }
            break;
        }
        return HTML_START.matcher(head).region(i, head.length()).lookingAt()
                && (head.startsWith("<!doctype", i) || head.indexOf("</", i) >= 0);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (bytes[k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
