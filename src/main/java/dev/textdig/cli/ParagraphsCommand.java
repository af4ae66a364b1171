package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import dev.textdig.output.ParagraphView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "paragraphs", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED}, sortOptions = false,
        description = "Print the cleaned article, one paragraph per result with its kind (page furniture left out).")
final class ParagraphsCommand extends ArticleCommand {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    @Option(names = {"-a", "--all"}, description = "Include the page furniture (kind boilerplate).")
    boolean all;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only paragraphs of these kinds: title, lead, heading, body, meta, boilerplate (comma-separated).")
    List<String> kindLabels;

    ParagraphsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        Set<Kind> kinds = kinds(kindLabels);
        List<Article> articles = readArticles(files);
        boolean several = articles.size() > 1;
        ResultWriter<ParagraphView.Line> writer = writer(new ParagraphView(ctx.terminal.width(), several));
        for (Article article : articles) {
            for (Paragraph p : article.paragraphs()) {
                if (p.selectedBy(kinds, all)) {
                    emit(writer, new ParagraphView.Line(article, p));
                }
            }
        }
        writer.finish(new Row().put("files", articles.size()).put("paragraphs", ctx.written));
        return ExitStatus.of(ctx.written);
    }
}
