package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.output.InfoView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Row;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED}, description = "Print each article's title, author, source, date, language and counts.")
final class InfoCommand extends ArticleCommand {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    InfoCommand(Context ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        List<Article> articles = readArticles(files);
        ResultWriter<Article> writer = writer(new InfoView());
        for (Article a : articles) {
            emit(writer, a);
        }
        writer.finish(new Row().put("files", articles.size())
                .put("words", articles.stream().mapToLong(Article::wordCount).sum())
                .put("paragraphs", articles.stream().mapToLong(a -> a.paragraphs().size()).sum()));
        return ExitStatus.of(articles.size());
    }
}
