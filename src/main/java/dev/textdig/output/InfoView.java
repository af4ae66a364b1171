package dev.textdig.output;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import java.util.List;
import java.util.Map;

/** {@code info}: one block of {@code key: value} lines per article, unknown values shown as {@code -}. */
public final class InfoView implements View<Article> {
    private static final List<String> COLUMNS = List.of("file", "title", "author", "source", "date", "language", "paragraphs",
            "content_paragraphs", "boilerplate_paragraphs", "words");
    private boolean first = true;

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Article a) {
        long furniture = a.paragraphs().stream().filter(p -> p.kind() == Kind.BOILERPLATE).count();
        return new Row()
                .put("file", a.file())
                .put("title", a.metadata().title())
                .put("author", a.metadata().author())
                .put("source", a.metadata().source())
                .put("date", a.metadata().date())
                .put("language", a.language().code())
                .put("paragraphs", a.paragraphs().size())
                .put("content_paragraphs", a.paragraphs().size() - (int) furniture)
                .put("boilerplate_paragraphs", (int) furniture)
                .put("words", a.wordCount());
    }

    @Override
    public String text(Article a, Style style) {
        StringBuilder b = new StringBuilder();
        if (!first) {
            b.append('\n');
        }
        first = false;
        for (Map.Entry<String, Object> field : fields(a).values().entrySet()) {
            String key = field.getKey();
            Object v = field.getValue();
            String label = String.format("%-24s", key.replace('_', ' ') + ":");
            b.append(style.dim(label)).append(v == null ? "-" : key.equals("file") ? TerminalText.name(v.toString()) : TerminalText.safe(v.toString()))
                    .append('\n');
        }
        return b.toString();
    }
}
