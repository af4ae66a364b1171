package dev.textdig.output;

import dev.textdig.quote.Quote;
import dev.textdig.quote.Verification;
import java.util.List;
import java.util.Locale;

/** {@code quotes --verify}: the verdict, the closest quotation and what differs from the claim. */
public record VerificationView(int width, String claim) implements View<Verification> {
    private static final List<String> COLUMNS = List.of("verdict", "score", "file", "paragraph", "line", "speaker",
            "speaker_mention", "claim", "matched", "differences", "text");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Verification v) {
        Row row = new Row().put("verdict", v.verdict().label()).put("score", v.score());
        Quote q = v.quote();
        if (q != null) {
            row.put("file", q.article().file()).put("paragraph", q.paragraph().number()).put("line", q.paragraph().line())
                    .put("speaker", q.speaker()).put("speaker_mention", q.mention());
        } else {
            row.put("file", null).put("paragraph", null).put("line", null).put("speaker", null).put("speaker_mention", null);
        }
        return row.put("claim", claim).put("matched", v.matched()).put("differences", v.differences())
                .put("text", q == null ? null : q.text());
    }

    @Override
    public String text(Verification v, Style style) {
        StringBuilder b = new StringBuilder();
        b.append(style.bold(v.verdict().label()));
        Quote q = v.quote();
        // Without a quotation there is nothing the score measures.
        b.append(q == null || q.text() == null ? "\n" : String.format(Locale.ROOT, "  (similarity %.2f)%n", v.score()));
        if (q != null && q.text() != null) {
            b.append("closest: ").append(q.speaker() == null ? "(no speaker)" : TerminalText.safe(q.speaker()))
                    .append("  ").append(style.file(TerminalText.name(q.article().file()))).append(':')
                    .append(style.number(String.valueOf(q.paragraph().line()))).append('\n');
            b.append(TextWrap.wrap("“" + TerminalText.safe(q.text()) + "”", width, "    "));
            if (!v.differences().isEmpty()) {
                b.append("differences (quotation → claim): ").append(TerminalText.safe(String.join(", ", v.differences()))).append('\n');
            }
        }
        return b.toString();
    }
}
