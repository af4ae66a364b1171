package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.output.InfoView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "info", description = "Print each article's title, author, source, date, language and counts.",
        footerHeading = "%nExamples:%n",
        footer = {"  textdig info sample/",
            "  textdig info --format tsv sample/ | cut -f2,3,6",
            "  cat sample/macron-nagorno-karabakh.txt | textdig info --format jsonl"})
final class InfoCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Mixin
    LimitOption limit;

    InfoCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        List<Article> articles = articles(input.files, index).corpus().articles();
        ResultWriter<Article> writer = writer(new InfoView());
        for (Article a : first(limit.limit, articles)) {
            emit(writer, a);
        }
        writer.finish(new Totals.Info(articles.size(), articles.stream().mapToLong(Article::wordCount).sum(),
                articles.stream().mapToLong(a -> a.paragraphs().size()).sum()));
        sayWhenCut(ctx.written, articles.size(), "articles");
        return ExitStatus.of(ctx.written);
    }
}
