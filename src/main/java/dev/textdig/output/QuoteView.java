package dev.textdig.output;

import dev.textdig.quote.Quote;
import java.util.ArrayList;
import java.util.List;

/** Quotations: {@code speaker (mention, cue)  file:line ¶N} and the quotation wrapped below in quotation marks. */
public record QuoteView(int width) implements View<Quote> {
    private static final List<String> COLUMNS = List.of("file", "paragraph", "line", "start", "end", "speaker", "speaker_mention",
            "cue", "kind", "words", "text");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Quote q) {
        return new Row()
                .put("file", q.article().file())
                .put("paragraph", q.paragraph().number())
                .put("line", q.paragraph().line())
                .put("start", q.start())
                .put("end", q.end())
                .put("speaker", q.speaker())
                .put("speaker_mention", q.mention())
                .put("cue", q.cue())
                .put("kind", q.kind().label())
                .put("words", q.wordCount())
                .put("text", q.text());
    }

    @Override
    public String text(Quote q, Style style) {
        String speaker = q.speaker();
        String mention = q.mention();
        String who = speaker != null ? style.bold(TerminalText.safe(speaker)) : style.dim("(no speaker)");
        List<String> detail = new ArrayList<>();
        if (mention != null && !mention.equals(speaker)) {
            detail.add(mention);
        }
        if (q.cue() != null) {
            detail.add(q.cue());
        }
        String details = detail.isEmpty() ? "" : " " + style.dim("(" + TerminalText.safe(String.join(", ", detail)) + ")");
        String where = style.file(TerminalText.name(q.article().file())) + ":" + style.number(String.valueOf(q.paragraph().line()))
                + " " + style.dim("¶" + q.paragraph().number());
        return who + details + "  " + where + "\n"
                + TextWrap.wrap("“" + TerminalText.safe(q.text()) + "”", width, "    ") + "\n";
    }
}
