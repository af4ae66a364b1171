package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import dev.textdig.output.ParagraphView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "paragraphs", sortOptions = false,
        description = "Print the cleaned article, one paragraph per result with its kind (page furniture left out).")
final class ParagraphsCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Option(names = {"-a", "--all"}, description = "Include the page furniture (kind boilerplate).")
    boolean all;

    /** {@code --all-paragraphs}, as {@code search} names it: the same option. */
    @Option(names = "--all-paragraphs", hidden = true)
    void allParagraphs(boolean allParagraphs) {
        all = allParagraphs;
    }

    @Mixin
    KindOption kind;

    ParagraphsCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        Set<Kind> kinds = kind.kinds();
        List<Article> articles = articles(input.files, index).corpus().articles();
        boolean several = articles.size() > 1;
        ResultWriter<ParagraphView.Line> writer = writer(new ParagraphView(ctx.terminal.width(), several));
        for (Article article : articles) {
            for (Paragraph p : article.paragraphs()) {
                if (p.selectedBy(kinds, all)) {
                    emit(writer, new ParagraphView.Line(article, p));
                }
            }
        }
        writer.finish(new Totals.Paragraphs(articles.size(), ctx.written));
        return ExitStatus.of(ctx.written);
    }
}
