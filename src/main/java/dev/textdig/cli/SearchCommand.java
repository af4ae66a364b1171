package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Paragraph;
import dev.textdig.corpus.Corpus;
import dev.textdig.index.FileCount;
import dev.textdig.index.Hit;
import dev.textdig.index.RankBy;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.index.SearchService;
import dev.textdig.output.FileCountView;
import dev.textdig.output.FileView;
import dev.textdig.output.HitView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", sortOptions = false,
        description = {"Find the paragraphs that match a query, ranked by BM25, matches marked.",
            "",
            "QUERY is Lucene's classic syntax:",
            "  words, \"a phrase\", AND OR NOT + -, offens* (wildcard), macron~ (fuzzy),",
            "  \"stop offensive\"~3 (proximity), (grouping), fields: kind:title,",
            "  line:[1 TO 20], paragraph:3, speaker:macron, quote:ceasefire.",
            "Words match by stem (offensives finds offensive). Wildcards and fuzzy",
            "terms are not stemmed: write offens*, not offensive*.",
            "Put -- before a query that starts with '-'; use --literal for pasted text.",
            ""})
final class SearchCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Articles to search: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Show at most N paragraphs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "paragraph",
            description = "Rank paragraphs, or articles (each once, shown by its best paragraph): paragraph or article (default: ${DEFAULT-VALUE}).")
    RankBy by;

    @Option(names = {"-F", "--literal"}, description = "Take QUERY as plain words, with no syntax (for pasted text).")
    boolean literal;

    @Option(names = {"-c", "--count"}, description = "Print only the number of matching paragraphs per file.")
    boolean count;

    @Option(names = {"-l", "--files-with-matches"}, description = "Print only the names of files with a match.")
    boolean filesWithMatches;

    @Mixin
    KindOption kind;

    @Option(names = {"-C", "--context"}, paramLabel = "N", defaultValue = "0",
            description = "Also show N paragraphs before and after each match.")
    int context;

    @Option(names = {"-a", "--all-paragraphs"}, description = "Search the page furniture too (menus, share widgets, comment forms).")
    boolean allParagraphs;

    /** {@code --all}, as {@code paragraphs} names it: the same option. */
    @Option(names = "--all", hidden = true)
    void all(boolean all) {
        allParagraphs = all;
    }

    SearchCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        requirePositive("--limit", limit);
        if (context < 0) {
            throw new UsageException("--context must be 0 or more, not " + context);
        }
        if (count && filesWithMatches) {
            throw new UsageException("--count and --files-with-matches cannot be used together");
        }
        List<Article> articles = readArticles(files);
        SearchRequest request = new SearchRequest(query, literal, kind.kinds(), allParagraphs, limit, by);
        try (ArticleIndex index = ArticleIndex.forSearch(Corpus.of(articles), request)) {
            SearchService service = new SearchService(index);
            int status;
            if (count) {
                status = printCounts(index, service.countPerFile(request));
            } else if (filesWithMatches) {
                status = printFiles(service.filesWithMatches(request));
            } else {
                status = printHits(articles, service.search(request));
            }
            if (status == ExitStatus.NOT_FOUND) {
                sayWhenFurnitureHeldTheMatches(service.furnitureMatches(request));
            }
            return status;
        }
    }

    /** Nothing found but furniture matched: say so, or the user takes the words to be absent. */
    private void sayWhenFurnitureHeldTheMatches(long furniture) {
        if (furniture > 0) {
            ctx.warn(furniture + (furniture == 1 ? " match" : " matches") + " in page furniture; -a to include them");
        }
    }

    private int printHits(List<Article> articles, SearchResult result) {
        ResultWriter<HitView.Line> writer = writer(new HitView(ctx.terminal.width()));
        int rank = 0;
        for (Hit hit : result.hits()) {
            rank++;
            Paragraph p = hit.paragraph();
            if (context > 0) {
                // Only with -C: the article's paragraphs around this one (a match in furniture,
                // with -a off, still counts from where it stands), found by its number: a hit costs C, not the article's length.
                List<Paragraph> all = hit.article().paragraphs();
                int at = p.number() - 1 < all.size() && all.get(p.number() - 1) == p ? p.number() - 1 : all.indexOf(p);
                List<Paragraph> before = new ArrayList<>();
                for (int i = at - 1; i >= 0 && before.size() < context; i--) {
                    if (allParagraphs || !all.get(i).isFurniture()) {
                        before.add(0, all.get(i));
                    }
                }
                for (Paragraph n : before) {
                    emit(writer, HitView.Line.context(rank, hit.article(), n));
                }
                emit(writer, HitView.Line.match(rank, hit));
                int shown = 0;
                for (int i = at + 1; i < all.size() && shown < context; i++) {
                    if (allParagraphs || !all.get(i).isFurniture()) {
                        emit(writer, HitView.Line.context(rank, hit.article(), all.get(i)));
                        shown++;
                    }
                }
            } else {
                emit(writer, HitView.Line.match(rank, hit));
            }
        }
        writer.finish(new Totals.Search(query, articles.size(), result.totalMatches(), result.hits().size()));
        return ExitStatus.of(result.hits().size());
    }

    private int printCounts(ArticleIndex index, List<FileCount> counts) {
        ResultWriter<FileCount> writer = writer(new FileCountView(index.articles().size() == 1));
        long total = 0;
        for (FileCount c : counts) {
            total += c.count();
            emit(writer, c);
        }
        writer.finish(new Totals.MatchCounts(query, counts.size(), total));
        return ExitStatus.of(total);
    }

    private int printFiles(List<Article> matching) {
        ResultWriter<Article> writer = writer(new FileView());
        for (Article a : matching) {
            emit(writer, a);
        }
        writer.finish(new Totals.MatchingFiles(query, matching.size()));
        return ExitStatus.of(matching.size());
    }
}
