package dev.textdig.output;

import dev.textdig.article.Article;
import dev.textdig.article.CodePointCursor;
import dev.textdig.article.Paragraph;
import dev.textdig.article.Span;
import dev.textdig.index.Hit;
import java.util.List;
import java.util.Locale;

/**
 * A search's paragraphs: each match as {@code file:line (¶N, kind, score S)} and its text wrapped
 * below, matches in bold red; context paragraphs ({@code -C}) dimmed.
 */
public record HitView(int width) implements View<HitView.Line> {
    private static final List<String> COLUMNS = List.of("type", "rank", "file", "paragraph", "line", "kind", "score",
            "start", "end", "matches", "text");

    /**
     * One paragraph of the results: a match, or a paragraph of context around the match of that rank.
     *
     * @param score   the match's score; null for context
     * @param matches the match offsets in the paragraph's text, in code points; empty for context
     */
    public record Line(boolean match, int rank, Article article, Paragraph paragraph, Double score, List<Span> matches) {
        public static Line match(int rank, Hit hit) {
            return new Line(true, rank, hit.article(), hit.paragraph(), hit.score(), hit.matches());
        }

        public static Line context(int rank, Article article, Paragraph paragraph) {
            return new Line(false, rank, article, paragraph, null, List.of());
        }
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Line l) {
        Row row = new Row().put("type", l.match() ? "match" : "context").put("rank", l.rank());
        ParagraphView.where(row, l.article(), l.paragraph()).put("score", l.score());
        return ParagraphView.offsets(row, l.paragraph()).put("matches", l.matches()).put("text", l.paragraph().text());
    }

    @Override
    public String text(Line l, Style style) {
        Paragraph p = l.paragraph();
        String header = style.file(TerminalText.name(l.article().file())) + ":" + style.number(String.valueOf(p.line()))
                + " " + style.dim("(¶" + p.number() + ", " + p.kind().label()
                + (l.match() ? ", score " + String.format(Locale.ROOT, "%.2f", l.score()) : ", context")
                + ")");
        String body = l.match() ? marked(p.text(), l.matches(), style) : style.dim(TerminalText.safe(p.text()));
        return header + "\n" + TextWrap.wrap(body, width, "    ") + "\n";
    }

    /** The text made terminal-safe, with each match span styled. */
    static String marked(String text, List<Span> spans, Style style) {
        StringBuilder b = new StringBuilder(text.length() + spans.size() * 12);
        int at = 0;
        CodePointCursor cursor = new CodePointCursor(text);
        for (Span s : spans) {
            int start = cursor.charAt(s.start());
            int end = cursor.charAt(s.end());
            b.append(TerminalText.safe(text.substring(at, start)));
            b.append(style.match(TerminalText.safe(text.substring(start, end))));
            at = end;
        }
        return b.append(TerminalText.safe(text.substring(at))).toString();
    }
}
