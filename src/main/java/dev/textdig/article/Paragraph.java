package dev.textdig.article;

/**
 * One paragraph of an article.
 *
 * @param number 1-based, counting every paragraph of the file in order (furniture included)
 * @param line   1-based line of the paragraph's first character
 * @param start  offset of the first character in the decoded file, in code points
 * @param end    offset just past the last character, in code points
 * @param text   the paragraph; hard-wrapped lines are joined with a space in place of each
 *               line break, so {@code text} has exactly {@code end - start} code points
 * @param kind   what the paragraph is
 */
public record Paragraph(int number, int line, int start, int end, String text, Kind kind) {

    public boolean isFurniture() {
        return kind == Kind.BOILERPLATE;
    }

    public Paragraph withKind(Kind newKind) {
        return new Paragraph(number, line, start, end, text, newKind);
    }
}
