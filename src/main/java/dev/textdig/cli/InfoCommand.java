package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Row;
import dev.textdig.output.Style;
import dev.textdig.output.TerminalText;
import dev.textdig.output.TextLayout;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED}, description = "Print each article's title, author, source, date, language and counts.")
final class InfoCommand extends ArticleCommand {
    static final List<String> COLUMNS = List.of("file", "title", "author", "source", "date", "language", "paragraphs",
            "content_paragraphs", "boilerplate_paragraphs", "words");

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    InfoCommand(Context ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        List<Article> articles = readArticles(files);
        ResultWriter writer = writer(COLUMNS, new Layout());
        for (Article a : articles) {
            long furniture = a.paragraphs().stream().filter(p -> p.kind() == Kind.BOILERPLATE).count();
            emit(writer, new Row()
                    .put("file", a.file())
                    .put("title", a.metadata().title())
                    .put("author", a.metadata().author())
                    .put("source", a.metadata().source())
                    .put("date", a.metadata().date())
                    .put("language", a.language().code())
                    .put("paragraphs", a.paragraphs().size())
                    .put("content_paragraphs", a.paragraphs().size() - (int) furniture)
                    .put("boilerplate_paragraphs", (int) furniture)
                    .put("words", a.wordCount()));
        }
        writer.finish(new Row().put("files", articles.size())
                .put("words", articles.stream().mapToLong(Article::wordCount).sum())
                .put("paragraphs", articles.stream().mapToLong(a -> a.paragraphs().size()).sum()));
        return ExitStatus.of(articles.size());
    }

    /** One block per article: {@code key: value} lines, unknown values shown as {@code -}. */
    private static final class Layout implements TextLayout {
        private boolean first = true;

        @Override
        public String render(Row row, Style style) {
            StringBuilder b = new StringBuilder();
            if (!first) {
                b.append('\n');
            }
            first = false;
            for (String key : COLUMNS) {
                Object v = row.get(key);
                String label = String.format("%-24s", key.replace('_', ' ') + ":");
                b.append(style.dim(label)).append(v == null ? "-" : key.equals("file") ? TerminalText.name(v.toString()) : TerminalText.safe(v.toString())).append('\n');
            }
            return b.toString();
        }
    }

}
