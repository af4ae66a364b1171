package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Row;
import dev.textdig.output.Style;
import dev.textdig.output.TerminalText;
import dev.textdig.output.TextLayout;
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
    static final List<String> COLUMNS = List.of("file", "paragraph", "line", "kind", "start", "end", "text");

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
        ResultWriter writer = writer(COLUMNS, new Layout(ctx.terminal.width(), several));
        for (Article article : articles) {
            for (Paragraph p : article.paragraphs()) {
                if (p.selectedBy(kinds, all)) {
                    emit(writer, new Row()
                            .put("file", article.file())
                            .put("paragraph", p.number())
                            .put("line", p.line())
                            .put("kind", p.kind().label())
                            .put("start", p.start())
                            .put("end", p.end())
                            .put("text", p.text()));
                }
            }
        }
        writer.finish(new Row().put("files", articles.size()).put("paragraphs", ctx.written));
        return ExitStatus.of(ctx.written);
    }

    /** {@code  11 body      text...}: line number and kind in a margin, the text wrapped beside them. */
    private record Layout(int width, boolean withFile) implements TextLayout {
        private static final String INDENT = " ".repeat(17);

        @Override
        public String render(Row row, Style style) {
            String margin = String.format("%5s %-10s", row.get("line"), row.get("kind"));
            String kindStyled = style.number(margin.substring(0, 5)) + " " + style.dim(margin.substring(6));
            String prefix = withFile ? style.file(TerminalText.name(row.string("file"))) + ":" : "";
            String text = TerminalText.safe(row.string("text"));
            if ("title".equals(row.get("kind"))) {
                text = style.bold(text);
            }
            String wrapped = TextWrap.wrap(text, width, INDENT);
            return prefix + kindStyled + " " + wrapped.substring(INDENT.length());
        }
    }
}
