package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Paragraph;
import dev.textdig.output.ParagraphView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "paragraphs", sortOptions = false,
        description = "Print the cleaned article, one paragraph per result with its kind (page furniture left out).",
        footerHeading = "%nExamples:%n",
        footer = {"  textdig paragraphs --kind title,heading sample/",
            "  textdig paragraphs -a --format tsv sample/ | cut -f3,4",
            "  textdig paragraphs --kind boilerplate sample/macron-nagorno-karabakh.txt"})
final class ParagraphsCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Mixin
    KindOption kind;

    @Mixin
    LimitOption limit;

    ParagraphsCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        KindSelection selection = kind.selection();
        List<Article> articles = articles(input.files, index).corpus().articles();
        ResultWriter<ParagraphView.Line> writer = writer(new ParagraphView(ctx.terminal.width(), namesFiles(articles.size())));
        long found = 0;
        for (Article article : articles) {
            for (Paragraph p : article.paragraphs()) {
                if (selection.selects(p) && found++ < limit.limit) {
                    emit(writer, new ParagraphView.Line(article, p));
                }
            }
        }
        writer.finish(new Totals.Paragraphs(articles.size(), ctx.written));
        sayWhenCut(ctx.written, found, "paragraphs");
        return ExitStatus.of(ctx.written);
    }
}
