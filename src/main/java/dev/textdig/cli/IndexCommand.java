package dev.textdig.cli;

import dev.textdig.article.ArticleReader;
import dev.textdig.article.Source;
import dev.textdig.article.Sources;
import dev.textdig.index.IndexUpdater;
import dev.textdig.output.IndexView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.textdig.export.AnalysedFiles;
import dev.textdig.solr.SolrCollection;
import dev.textdig.solr.SolrConnection;
import dev.textdig.solr.SolrIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "index", sortOptions = false,
        description = {"Build or update an index on disk of the articles in FILEs and folders.",
            "The other commands then answer from it (--index PATH) without reading the articles again. Only new "
                + "and changed files are read (by size, time and content hash); vanished files are removed. An "
                + "interrupted update leaves the index as its last commit left it, readable and complete.",
            "With --solr URL --collection NAME, the same documents go to a SolrCloud collection instead.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig index sample/ --index news.idx",
            "  textdig search Macron --index news.idx",
            "  TEXTDIG_INDEX=news.idx textdig keywords -n 5",
            "  textdig index --rebuild sample/ --index news.idx"})
final class IndexCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Articles to index: files, or folders (*.txt, *.text and names without an extension below; -t, -g choose).")
    List<String> files = new ArrayList<>();

    @Option(names = "--index", paramLabel = "PATH",
            description = "The index folder, made when missing (default: $" + IndexOption.ENV + ").")
    Path path;

    @Option(names = "--rebuild", description = "Start again from an empty index (after a textdig upgrade).")
    boolean rebuild;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", converter = Usage.AtLeastOne.class,
            description = "Read and analyse N files at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    SolrOptions solr;

    @Option(names = "--create", description = "With --solr: create the collection (and upload textdig's configset) first.")
    boolean create;

    @Option(names = "--shards", paramLabel = "N", converter = Usage.AtLeastOne.class,
            description = "With --create: shards of the new collection (default: ${DEFAULT-VALUE}).")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "N", converter = Usage.AtLeastOne.class,
            description = "With --create: replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas = 1;

    IndexCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        if (files.contains("-")) {
            throw new ParameterException(spec.commandLine(), "an index is built from files and folders, not from stdin");
        }
        solr.check(spec.commandLine());
        if (solr.url == null && (create || spec.commandLine().getParseResult().hasMatchedOption("--shards")
                || spec.commandLine().getParseResult().hasMatchedOption("--replicas"))) {
            throw new ParameterException(spec.commandLine(), "--create, --shards and --replicas go with --solr URL --collection NAME");
        }
        if (solr.url != null && (path != null || rebuild)) {
            throw new ParameterException(spec.commandLine(), "give --index PATH or --solr URL, not both (--rebuild is for an index on disk)");
        }
        Progress progress = new Progress(ctx, Terminal.stderrIsTerminal());
        List<Source> sources = Sources.resolve(files, false, fileSelection, e -> {
            throw e;
        }, progress::warn);
        IndexUpdater.Summary summary;
        try {
            if (solr.url != null) {
                summary = toSolr(sources, progress);
            } else {
                Path target = path != null ? path : fromEnvironment();
                summary = new IndexUpdater(target, new ArticleReader(ctx.stdin, common.forcedLanguage(), progress::warn), progress::warn, threads).update(sources, rebuild, progress);
            }
        } finally {
            progress.clear();
        }
        ResultWriter<IndexUpdater.Summary> writer = writer(new IndexView());
        emit(writer, summary);
        writer.finish(new Totals.Index(sources.size()));
        return summary.skipped() > 0 ? ExitStatus.ERROR : ExitStatus.FOUND;
    }

    /** Every paragraph and quotation sent to the collection (made first with --create). */
    private IndexUpdater.Summary toSolr(List<Source> sources, Progress progress) {
        try (SolrConnection connection = solr.connect(ctx, progress::warn)) {
            SolrCollection collection = new SolrCollection(connection, solr.collection);
            if (create) {
                collection.create(shards, replicas);
            }
            AnalysedFiles analysed = new AnalysedFiles(new ArticleReader(ctx.stdin, common.forcedLanguage(), progress::warn), ctx.stdin,
                    progress::warn, threads);
            return new SolrIndexer(collection, analysed).update(sources, progress);
        }
    }

    private Path fromEnvironment() {
        String env = ctx.terminal.env().get(IndexOption.ENV);
        if (env == null || env.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "index needs --index PATH (or $" + IndexOption.ENV + ")");
        }
        return Path.of(env);
    }

    /**
     * Files done, rate and time left, redrawn on one stderr line at most five times a second, when
     * stderr is a terminal; nothing otherwise. Warnings clear the line first.
     */
    private static final class Progress implements IndexUpdater.Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private final Invocation ctx;
        private final boolean draw;
        private final long started = System.nanoTime();
        private long drawnAt;
        private boolean drawn;

        Progress(Invocation ctx, boolean draw) {
            this.ctx = ctx;
            this.draw = draw;
        }

        @Override
        public synchronized void update(int done, int total, long bytesRead) {
            long now = System.nanoTime();
            if (!draw || (now - drawnAt < EVERY_NANOS && done < total)) {
                return;
            }
            drawnAt = now;
            double seconds = (now - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            long left = rate > 0 ? Math.round((total - done) / rate) : 0;
            ctx.err.printf("\r\033[Kindexing: %d/%d files, %.0f files/s, %.1f MB/s, %d s left", done, total, rate,
                    bytesRead / 1e6 / Math.max(seconds, 1e-3), left);
            ctx.err.flush();
            drawn = true;
        }

        synchronized void warn(String message) {
            clear();
            ctx.warn(message);
        }

        synchronized void clear() {
            if (drawn) {
                ctx.err.print("\r\033[K");
                ctx.err.flush();
                drawn = false;
            }
        }
    }
}
