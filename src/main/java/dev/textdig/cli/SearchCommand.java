package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Paragraph;
import dev.textdig.index.FileCount;
import dev.textdig.index.Hit;
import dev.textdig.index.RankBy;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.ArticleStore;
import dev.textdig.index.QuerySyntaxException;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.index.SearchService;
import dev.textdig.output.FileCountView;
import dev.textdig.output.FileView;
import dev.textdig.output.Format;
import dev.textdig.output.HitView;
import dev.textdig.output.QueriedView;
import dev.textdig.output.TerminalText;
import dev.textdig.output.View;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig search \"Elysée tenant\" sample/",
            "  textdig search --format jsonl --kind title Azerbaijan sample/ | jq -r .text",
            "  textdig search -l -0 offensive sample/ | xargs -0 textdig info"})
final class SearchCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "QUERY", arity = "0..1",
            description = "What to look for (with --queries, a FILE like the others).")
    String query;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Articles to search: files, folders (*.txt, *.text and names without an extension below; -t, -g choose), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "QFILE",
            description = "Run every query in QFILE, one per line (- for stdin), over one index; each result says "
                    + "its query and line. Exit 0 when any query matched.")
    String queriesFile;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", converter = Usage.Limit.class,
            description = "Show at most N paragraphs (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "paragraph", completionCandidates = Names.RankUnits.class,
            description = "Rank paragraphs, or articles (each once, shown by its best paragraph): paragraph or article (default: ${DEFAULT-VALUE}).")
    RankBy by;

    @Option(names = {"-F", "--literal"}, description = "Take QUERY as plain words, with no syntax (for pasted text).")
    boolean literal;

    @ArgGroup(exclusive = true)
    Summary summary;

    @Option(names = {"-0", "--null"},
            description = "With -l: end each file name with NUL instead of a newline, for xargs -0 (text format only).")
    boolean nul;

    @Mixin
    KindOption kind;

    @Mixin
    IndexOption indexOption;

    @Option(names = {"-C", "--context"}, paramLabel = "N", defaultValue = "0", converter = Usage.AtLeastZero.class,
            description = "Also show N paragraphs before and after each match.")
    int context;

    /** In place of the hits, one of two summaries. */
    static final class Summary {
        @Option(names = {"-c", "--count"}, description = "Print only the number of matching paragraphs per file.")
        boolean count;

        @Option(names = {"-l", "--files-with-matches"}, description = "Print only the names of files with a match.")
        boolean filesWithMatches;
    }

    SearchCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected boolean takesQuery() {
        return true;
    }

    @Override
    protected int run() {
        if (queriesFile != null) {
            if (nul) {
                throw new ParameterException(spec.commandLine(), "--null goes with -l, not with --queries");
            }
            return runQueries();
        }
        if (query == null) {
            throw new ParameterException(spec.commandLine(), "search needs a QUERY (or --queries QFILE)");
        }
        checkNul();
        SearchRequest request = request(query);
        ArticleStore store = articles(files, indexOption);
        List<Article> articles = store.corpus().articles();
        try (ArticleIndex index = store.forSearch(List.of(request))) {
            SearchService service = new SearchService(index);
            int status;
            if (summary != null && summary.count) {
                status = printCounts(index, service.countPerFile(request));
            } else if (summary != null && summary.filesWithMatches) {
                status = printFiles(service.filesWithMatches(request));
            } else {
                status = printHits(articles, service.search(request));
            }
            if (status == ExitStatus.NOT_FOUND && service.wordless(request)) {
                ctx.warn("the query has only stopwords ('" + query + "'), which are not searched: nothing can match");
            } else if (status == ExitStatus.NOT_FOUND) {
                sayWhenFurnitureHeldTheMatches(service.furnitureMatches(request));
            }
            return status;
        }
    }

    /**
     * {@code -0} ends the names of {@code -l}; tsv and JSON already escape a newline in a name, and
     * a NUL after their records would be a second, clashing convention.
     */
    private void checkNul() {
        if (nul && (summary == null || !summary.filesWithMatches)) {
            throw new ParameterException(spec.commandLine(), "--null goes with -l (--files-with-matches)");
        }
        if (nul && common.format != Format.TEXT) {
            throw new ParameterException(spec.commandLine(), "--null takes --format text (tsv and JSON escape newlines in names already)");
        }
    }

    private SearchRequest request(String text) {
        return new SearchRequest(text, literal, kind.selection(), limit, by);
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
            throw new ParameterException(spec.commandLine(),
                    "--queries - reads the queries from stdin: give the articles as FILEs or --index");
        }
        ArticleStore store = articles(inputs, indexOption);
        int read = store.corpus().articles().size();
        try (ArticleIndex index = store.forSearch(queries.stream().map(q -> request(q.text())).toList())) {
            SearchService service = new SearchService(index);
            if (summary != null && summary.count) {
                return runEach(queries, new FileCountView(false), service::countPerFile, c -> c.count() > 0, read);
            }
            if (summary != null && summary.filesWithMatches) {
                return runEach(queries, new FileView(false, true), service::filesWithMatches, a -> true, read);
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

    private int printHits(List<Article> articles, SearchResult result) {
        ResultWriter<HitView.Line> writer = writer(new HitView(ctx.terminal.width()));
        lines(result).forEach(l -> emit(writer, l));
        writer.finish(new Totals.Search(query, articles.size(), result.totalMatches(), result.hits().size()));
        sayWhenCut(result.hits().size(), result.totalMatches(), "paragraphs");
        return ExitStatus.of(result.hits().size());
    }

    /**
     * The hits as lines of output, each with {@code -C} the paragraphs the kind selection shows around
     * it. Where two hits of one article follow each other and their contexts meet, as grep merges
     * them: a paragraph the previous hit's lines showed is not shown again before this one, and a
     * paragraph that is the next hit is not shown as context after this one.
     */
    private List<HitView.Line> lines(SearchResult result) {
        KindSelection around = kind.selection().surroundings();
        List<HitView.Line> out = new ArrayList<>();
        List<Hit> hits = result.hits();
        Set<Integer> shownBefore = Set.of();
        Article previous = null;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int rank = h + 1;
            Hit next = h + 1 < hits.size() && sameArticle(hits.get(h + 1).article(), hit.article()) ? hits.get(h + 1) : null;
            Set<Integer> seen = sameArticle(previous, hit.article()) ? shownBefore : Set.of();
            Set<Integer> shown = new HashSet<>();
            List<Paragraph> all = hit.article().paragraphs();
            // Found by its number, so a hit costs C, not the article's length.
            Paragraph p = hit.paragraph();
            int at = p.number() - 1 < all.size() && all.get(p.number() - 1).equals(p) ? p.number() - 1 : all.indexOf(p);
            for (Paragraph before : neighbours(all, at, -1, around).reversed()) {
                if (!seen.contains(before.number())) {
                    out.add(HitView.Line.context(rank, hit.article(), before));
                    shown.add(before.number());
                }
            }
            out.add(HitView.Line.match(rank, hit));
            shown.add(p.number());
            for (Paragraph after : neighbours(all, at, 1, around)) {
                if (next == null || next.paragraph().number() != after.number()) {
                    out.add(HitView.Line.context(rank, hit.article(), after));
                    shown.add(after.number());
                }
            }
            shownBefore = shown;
            previous = hit.article();
        }
        return out;
    }

    private static boolean sameArticle(Article a, Article b) {
        return a != null && b != null && (a == b || a.file().equals(b.file()));
    }

    /** Up to {@code -C} paragraphs that {@code around} selects, going from {@code at} by {@code step}, nearest first. */
    private List<Paragraph> neighbours(List<Paragraph> all, int at, int step, KindSelection around) {
        List<Paragraph> found = new ArrayList<>();
        for (int i = at + step; i >= 0 && i < all.size() && found.size() < context; i += step) {
            if (around.selects(all.get(i))) {
                found.add(all.get(i));
            }
        }
        return found;
    }

    private int printCounts(ArticleIndex index, List<FileCount> counts) {
        ResultWriter<FileCount> writer = writer(new FileCountView(!namesFiles(index.articles().size())));
        long total = 0;
        for (FileCount c : counts) {
            total += c.count();
            emit(writer, c);
        }
        writer.finish(new Totals.MatchCounts(query, counts.size(), total));
        return ExitStatus.of(total);
    }

    private int printFiles(List<String> matching) {
        ResultWriter<String> writer = writer(new FileView(nul, ctx.terminal.stdoutIsTerminal()));
        for (String file : matching) {
            emit(writer, file);
        }
        writer.finish(new Totals.MatchingFiles(query, matching.size()));
        return ExitStatus.of(matching.size());
    }
}
