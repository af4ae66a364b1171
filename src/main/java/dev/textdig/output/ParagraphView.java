package dev.textdig.output;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import java.util.List;

/** {@code  11 body      text...}: line number and kind in a margin, the text wrapped beside them; titles in bold. */
public record ParagraphView(int width, boolean withFile) implements View<ParagraphView.Line> {
    private static final List<String> COLUMNS = List.of("file", "paragraph", "line", "kind", "start", "end", "text");
    /** Wide enough for every kind, {@code boilerplate} included, so the text column stays straight. */
    private static final int KIND_WIDTH = Kind.labels().stream().mapToInt(String::length).max().orElseThrow();
    /** Line number, kind, spaces: where the text starts. */
    private static final String INDENT = " ".repeat(5 + 1 + KIND_WIDTH + 1);

    /** A paragraph and the article it belongs to. */
    public record Line(Article article, Paragraph paragraph) {
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Line l) {
        return offsets(where(new Row(), l.article(), l.paragraph()), l.paragraph()).put("text", l.paragraph().text());
    }

    /** Where a paragraph stands: {@code file}, {@code paragraph}, {@code line}, {@code kind} (every paragraph result has them). */
    static Row where(Row row, Article article, Paragraph p) {
        return row.put("file", article.file()).put("paragraph", p.number()).put("line", p.line()).put("kind", p.kind().label());
    }

    /** A paragraph's {@code start} and {@code end} in its file, in code points. */
    static Row offsets(Row row, Paragraph p) {
        return row.put("start", p.start()).put("end", p.end());
    }

    @Override
    public String text(Line l, Style style) {
        Paragraph p = l.paragraph();
        // As String.format("%5s %-11s") gave it, padded by hand: the formatter parsed its pattern
        // for every row, a fifth of the run on a page of tiny paragraphs.
        // A number of six digits or more widens the margin rather than losing its first digits.
        String kindStyled = style.number(padStart(Integer.toString(p.line()), 5)) + " "
                + style.dim(padEnd(p.kind().label(), KIND_WIDTH));
        String prefix = withFile ? style.file(TerminalText.name(l.article().file())) + ":" : "";
        String text = TerminalText.safe(p.text());
        if (p.kind() == Kind.TITLE) {
            text = style.bold(text);
        }
        String wrapped = TextWrap.wrap(text, width, INDENT);
        return prefix + kindStyled + " " + wrapped.substring(INDENT.length());
    }

    private static String padStart(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padEnd(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
