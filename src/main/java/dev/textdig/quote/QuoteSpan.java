package dev.textdig.quote;

import dev.textdig.article.Paragraph;

/**
 * A quoted span as the marks delimit it, before attribution. Its positions are string indexes
 * (UTF-16 chars) into {@code paragraph.text()}, as {@link String#substring(int, int)} takes them;
 * the {@link Quote} made from it counts code points, as the output and {@code Span} do.
 *
 * @param paragraph      the paragraph holding it
 * @param startIndex     index of the first char of the quoted words
 * @param endIndex       index just past the last char of the quoted words
 * @param openMarkIndex  index of the opening mark, or -1 for a span closed by an orphan mark
 * @param closeMarkIndex index of the closing mark, or -1 when the quotation runs on past the paragraph
 * @param continuation   the quotation began in an earlier paragraph (which was left open)
 */
record QuoteSpan(Paragraph paragraph, int startIndex, int endIndex, int openMarkIndex, int closeMarkIndex, boolean continuation) {

    String text() {
        return paragraph.text().substring(startIndex, endIndex);
    }

    /** Where the span's context before it ends: the opening mark, or the span itself. */
    int before() {
        return openMarkIndex >= 0 ? openMarkIndex : startIndex;
    }

    /** Where the span's context after it begins: past the closing mark, or where the span stops. */
    int after() {
        return closeMarkIndex >= 0 ? closeMarkIndex + 1 : endIndex;
    }

    boolean runsOn() {
        return closeMarkIndex < 0;
    }
}
