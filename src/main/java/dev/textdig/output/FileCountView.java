package dev.textdig.output;

import dev.textdig.article.Article;
import java.util.List;

/** {@code search -c}: each file's number of matching paragraphs, as {@code file:count} (the count alone for one file). */
public record FileCountView(boolean single) implements View<FileCountView.Count> {
    private static final List<String> COLUMNS = List.of("file", "count");

    public record Count(Article article, long count) {
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Count c) {
        return new Row().put("file", c.article().file()).put("count", c.count());
    }

    @Override
    public String text(Count c, Style style) {
        return single ? c.count() + "\n" : style.file(TerminalText.name(c.article().file())) + ":" + c.count() + "\n";
    }
}
