package dev.textdig.output;

import dev.textdig.article.Article;
import java.util.List;

/** {@code search -l}: the names of the files with a match. */
public final class FileView implements View<Article> {
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
        return style.file(TerminalText.name(a.file())) + "\n";
    }
}
