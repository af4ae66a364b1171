package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Paragraph;
import dev.textdig.index.FileCount;
import dev.textdig.index.Hit;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.ArticleStore;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.index.QuerySyntaxException;
import dev.textdig.index.SearchService;
import dev.textdig.output.FileCountView;
import dev.textdig.output.FileView;
import dev.textdig.output.HitView;
import dev.textdig.output.QueriedView;
import dev.textdig.output.TerminalText;
import dev.textdig.output.View;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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
    @Parameters(index = "0", paramLabel = "QUERY", arity = "0..1",
            description = "What to look for (with --queries, a FILE like the others).")
    String query;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Articles to search: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "QFILE",
            description = "Run every query in QFILE, one per line (- for stdin), over one index; each result says "
                    + "its query and line. Exit 0 when any query matched.")
    String queriesFile;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Show at most N paragraphs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-F", "--literal"}, description = "Take QUERY as plain words, with no syntax (for pasted text).")
    boolean literal;

    @Option(names = {"-c", "--count"}, description = "Print only the number of matching paragraphs per file.")
    boolean count;

    @Option(names = {"-l", "--files-with-matches"}, description = "Print only the names of files with a match.")
    boolean filesWithMatches;

    @Mixin
    KindOption kind;

    @Mixin
    IndexOption indexOption;

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
        if (queriesFile != null) {
            return runQueries();
        }
        if (query == null) {
            throw new UsageException("search needs a QUERY (or --queries QFILE)");
        }
        SearchRequest request = request(query);
        ArticleStore store = articles(files, indexOption);
        List<Article> articles = store.corpus().articles();
        try (ArticleIndex index = store.forSearch(List.of(request))) {
            SearchService service = new SearchService(index);
            int status;
            if (count) {
                List<FileCount> counts = service.countPerFile(request);
                ResultWriter<FileCount> writer = writer(new FileCountView(articles.size() == 1));
                counts.forEach(c -> emit(writer, c));
                long total = counts.stream().mapToLong(FileCount::count).sum();
                writer.finish(new Totals.MatchCounts(query, counts.size(), total));
                status = ExitStatus.of(total);
            } else if (filesWithMatches) {
                List<Article> matching = service.filesWithMatches(request);
                ResultWriter<Article> writer = writer(new FileView());
                matching.forEach(a -> emit(writer, a));
                writer.finish(new Totals.MatchingFiles(query, matching.size()));
                status = ExitStatus.of(matching.size());
            } else {
                SearchResult result = service.search(request);
                ResultWriter<HitView.Line> writer = writer(new HitView(ctx.terminal.width()));
                lines(result).forEach(l -> emit(writer, l));
                writer.finish(new Totals.Search(query, articles.size(), result.totalMatches(), result.hits().size()));
                status = ExitStatus.of(result.hits().size());
            }
            if (status == ExitStatus.NOT_FOUND) {
                sayWhenFurnitureHeldTheMatches(service.furnitureMatches(request));
            }
            return status;
        }
    }

    private SearchRequest request(String text) {
        return new SearchRequest(text, literal, kind.kinds(), allParagraphs, limit);
    }

    /**
     * {@code --queries}: every query over one index, each result with its query; a query that does
     * not parse is reported with its line and the others still run.
     */
    private int runQueries() {
        List<String> inputs = files;
        if (query != null) {
            inputs = new ArrayList<>(files);
            inputs.add(0, query); // with --queries, every positional argument is a FILE
        }
        List<QueryLine> queries = QueryLine.read(queriesFile, ctx.stdin);
        if (queriesFile.equals("-") && inputs.isEmpty() && indexOption.path == null) {
            throw new UsageException("--queries - reads the queries from stdin: give the articles as FILEs or --index");
        }
        ArticleStore store = articles(inputs, indexOption);
        int read = store.corpus().articles().size();
        try (ArticleIndex index = store.forSearch(queries.stream().map(q -> request(q.text())).toList())) {
            SearchService service = new SearchService(index);
            if (count) {
                return runEach(queries, new FileCountView(false), service::countPerFile, c -> c.count() > 0, read);
            }
            if (filesWithMatches) {
                return runEach(queries, new FileView(), service::filesWithMatches, a -> true, read);
            }
            return runEach(queries, new HitView(ctx.terminal.width()), r -> lines(service.search(r)), HitView.Line::match, read);
        }
    }

    /**
     * Runs each query and writes its results, each with its query. Status: 2 when a query did not
     * parse (the others still ran), else 0 when any matched.
     *
     * @param matches whether a result is a match (not a zero count, not context)
     */
    private <T> int runEach(List<QueryLine> queries, View<T> view, Function<SearchRequest, List<T>> search,
                            Predicate<T> matches, int files) {
        ResultWriter<QueriedView.Result<T>> writer = writer(new QueriedView<>(view));
        int failed = 0;
        int matched = 0;
        long results = 0;
        for (QueryLine q : queries) {
            List<T> found;
            try {
                found = search.apply(request(q.text()));
            } catch (QuerySyntaxException e) {
                ctx.warn(TerminalText.name(queriesFile) + ":" + q.line() + ": " + e.getMessage());
                failed++;
                continue;
            }
            matched += found.stream().anyMatch(matches) ? 1 : 0;
            for (int i = 0; i < found.size(); i++) {
                emit(writer, new QueriedView.Result<>(q.line(), q.text(), found.get(i), i == 0));
            }
            results += found.size();
        }
        writer.finish(new Totals.Queries(queries.size(), failed, matched, files, results));
        return failed > 0 ? ExitStatus.ERROR : ExitStatus.of(matched);
    }

    /** Nothing found but furniture matched: say so, or the user takes the words to be absent. */
    private void sayWhenFurnitureHeldTheMatches(long furniture) {
        if (furniture > 0) {
            ctx.warn(furniture + (furniture == 1 ? " match" : " matches") + " in page furniture; -a to include them");
        }
    }

    /** The hits as lines of output: each match, with {@code -C} its neighbours in the article. */
    private List<HitView.Line> lines(SearchResult result) {
        List<HitView.Line> out = new ArrayList<>();
        int rank = 0;
        for (Hit hit : result.hits()) {
            rank++;
            Paragraph p = hit.paragraph();
            if (context == 0) {
                out.add(HitView.Line.match(rank, hit));
                continue;
            }
            // The article's paragraphs around this one (a match in furniture, with -a off, still
            // counts from where it stands), found by its number: a hit costs C, not the article's length.
            List<Paragraph> all = hit.article().paragraphs();
            int at = p.number() - 1 < all.size() && all.get(p.number() - 1).equals(p) ? p.number() - 1 : all.indexOf(p);
            List<HitView.Line> before = new ArrayList<>();
            for (int i = at - 1; i >= 0 && before.size() < context; i--) {
                if (allParagraphs || !all.get(i).isFurniture()) {
                    before.add(0, HitView.Line.context(rank, hit.article(), all.get(i)));
                }
            }
            out.addAll(before);
            out.add(HitView.Line.match(rank, hit));
            int shown = 0;
            for (int i = at + 1; i < all.size() && shown < context; i++) {
                if (allParagraphs || !all.get(i).isFurniture()) {
                    out.add(HitView.Line.context(rank, hit.article(), all.get(i)));
                    shown++;
                }
            }
        }
        return out;
    }
}
