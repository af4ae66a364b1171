package dev.textdig.output;

import dev.textdig.article.Article;
import java.util.List;

/**
 * {@code search -l}: the names of the files with a match.
 *
 * @param nul        end each name with NUL ({@code -0}), written as it is, so names with newlines
 *                   reach {@code xargs -0} whole
 * @param toTerminal still escape control characters: a terminal shows the names, and its escapes
 *                   stay out of them
 */
public record FileView(boolean nul, boolean toTerminal) implements View<Article> {
    private static final List<String> COLUMNS = List.of("file");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Article a) {
        return new Row().put("file", a.file());
    }

    @Override
    public String text(Article a, Style style) {
        if (nul) {
            return (toTerminal ? TerminalText.name(a.file()) : a.file()) + "\0";
        }
        return style.file(TerminalText.name(a.file())) + "\n";
    }
}
