package dev.textdig.quote;

import dev.textdig.article.Paragraph;

/**
 * A quoted span as the marks delimit it, before attribution.
 *
 * @param paragraph   the paragraph holding it
 * @param start       first char of the quoted words in {@code paragraph.text()} (UTF-16 index)
 * @param end         just past the last char of the quoted words
 * @param openMark    index of the opening mark, or -1 for a span closed by an orphan mark
 * @param closeMark   index of the closing mark, or -1 when the quotation runs on past the paragraph
 * @param continuation the quotation began in an earlier paragraph (which was left open)
 */
record QuoteSpan(Paragraph paragraph, int start, int end, int openMark, int closeMark, boolean continuation) {

    String text() {
        return paragraph.text().substring(start, end);
    }

    /** Where the span's context before it ends: the opening mark, or the span itself. */
    int before() {
        return openMark >= 0 ? openMark : start;
    }

    /** Where the span's context after it begins: past the closing mark, or where the span stops. */
    int after() {
        return closeMark >= 0 ? closeMark + 1 : end;
    }

    boolean runsOn() {
        return closeMark < 0;
    }
}
