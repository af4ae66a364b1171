package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.FileSelection;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.InputException;
import dev.textdig.article.Source;
import dev.textdig.article.Sources;
import dev.textdig.corpus.Corpus;
import dev.textdig.index.ArticleStore;
import dev.textdig.index.DiskStore;
import dev.textdig.solr.SolrCollection;
import dev.textdig.solr.SolrConnection;
import dev.textdig.solr.SolrStore;
import java.nio.file.Path;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.ResultWriters;
import dev.textdig.output.Style;
import dev.textdig.output.View;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand (each reads articles) shares: the {@code @Command} attributes (help, version,
 * the exit status list), the common options, reading the input, choosing the writer, counting
 * results.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED})
abstract class Subcommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    FileSelectionOptions fileSelectionOptions;

    /** Which files of a folder this run reads (-t, -g), checked before the command runs. */
    protected FileSelection fileSelection;

    /** This command as picocli built it: the usage errors found while running name it. */
    @Spec
    CommandSpec spec;

    protected final Invocation ctx;
    /** FILEs that could not be read, each named on stderr: the run's status is then 2. */
    private int unreadableInputs;
    /** The store this run opened, closed when the command is done. */
    private ArticleStore store;
    /** Read exactly one file named on the command line, or stdin: see {@link #namesFiles}. */
    private boolean oneFileNamed;

    Subcommand(Invocation ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() {
        try {
            fileSelection = fileSelectionOptions.selection(spec.commandLine(), takesQuery());
            if (common.format.forExport() && !exports()) {
                throw new ParameterException(spec.commandLine(), "--format " + common.format + " is for 'textdig export'; "
                        + spec.name() + " writes text, tsv, jsonl or json");
            }
            int status = run();
            return unreadableInputs > 0 ? ExitStatus.ERROR : status;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    /** Whether this command writes documents for another search engine ({@code --format opensearch-bulk}). */
    protected boolean exports() {
        return false;
    }

    /** Runs the command and returns its exit status. */
    protected abstract int run();

    /**
     * The articles of the FILEs, as grep reads several: each one that cannot be read is named on
     * stderr, the others are read, and the run ends with status 2 (see {@link #call()}); when none
     * could be, the run stops there, with status 2; so it does when every input was skipped for its
     * content (a PDF, HTML, binary).
     */
    protected List<Article> readArticles(List<String> files) {
        Consumer<InputException> unreadable = e -> {
            ctx.warn(e.getMessage());
            unreadableInputs++;
        };
        ArticleReader reader = reader();
        List<Source> sources = Sources.resolve(files, !ctx.terminal.stdinIsTerminal(), fileSelection,
                unreadable, ctx::warn);
        List<Article> articles = reader.readAll(sources, unreadable);
        // Nothing read because every input was a PDF, HTML or binary: an error, never "nothing found".
        if (articles.isEmpty() && (unreadableInputs > 0 || reader.skipped() > 0)) {
            throw new InputsUnread();
        }
        return articles;
    }

    protected ArticleReader reader() {
        return new ArticleReader(ctx.stdin, common.forcedLanguage(), ctx::warn);
    }

    /**
     * Where this run's articles come from: the index named by {@code --index}; else the FILEs (or
     * piped stdin); else, with neither, the index named by {@code $TEXTDIG_INDEX}; else stdin.
     */
    protected ArticleStore articles(List<String> files, IndexOption index) {
        oneFileNamed = false;
        store = open(files, index);
        return store;
    }

    private ArticleStore open(List<String> files, IndexOption index) {
        index.solr.check(spec.commandLine());
        if (index.solr.url != null) {
            if (!files.isEmpty() || index.path != null) {
                throw new ParameterException(spec.commandLine(), "give FILEs, --index or --solr, not two of them");
            }
            SolrConnection connection = index.solr.connect(ctx, ctx::warn);
            try {
                return SolrStore.open(new SolrCollection(connection, index.solr.collection));
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        if (index.path != null) {
            if (!files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give FILEs or --index, not both");
            }
            return DiskStore.open(checkNoSelection(index.path));
        }
        String fromEnv = ctx.terminal.env().get(IndexOption.ENV);
        if (files.isEmpty() && ctx.terminal.stdinIsTerminal() && fromEnv != null && !fromEnv.isEmpty()) {
            return DiskStore.open(checkNoSelection(Path.of(fromEnv)));
        }
        oneFileNamed = files.isEmpty() || files.size() == 1 && !Sources.namesFolder(files.getFirst());
        return ArticleStore.inMemory(Corpus.of(readArticles(files)));
    }

    /**
     * Whether a result line names its file, as grep decides: unless the run read exactly one file
     * named on the command line (or stdin). A folder, an index or a collection of one article still
     * names it, so the output of a folder and of its index agree.
     */
    protected boolean namesFiles(int articles) {
        return articles > 1 || !oneFileNamed;
    }

    /** An index answers with what was indexed: -t and -g, which choose files in folders, would be ignored. */
    private Path checkNoSelection(Path index) {
        if (fileSelection.chosen()) {
            throw new ParameterException(spec.commandLine(), "-t and -g choose the files of folders, not those of an index "
                    + "(choose them when indexing: textdig index -t/-g ...)");
        }
        return index;
    }

    protected Style style() {
        return new Style(common.colour(ctx.terminal));
    }

    /** Whether a QUERY comes first on the command line, which may start with '-' ({@code search}). */
    protected boolean takesQuery() {
        return false;
    }

    /** Whether counts get a bar beside them: text output on a terminal (people look; scripts read). */
    protected boolean drawsBars() {
        return common.format == dev.textdig.output.Format.TEXT && ctx.terminal.stdoutIsTerminal();
    }

    protected <T> ResultWriter<T> writer(View<T> view) {
        return ResultWriters.create(common.format, ctx.out, view, style());
    }

    /**
     * On a terminal, a last line on stderr when {@code -n} left results out, or the user takes the
     * list for all there is; a pipe gets only what it asked for.
     */
    protected void sayWhenCut(long shown, long found, String what) {
        if (shown < found && ctx.terminal.stdoutIsTerminal()) {
            ctx.warn(shown + " of " + found + " " + what + " shown (-n 0 for all)");
        }
    }

    /** The first {@code limit} of the results (all of them for {@code -n 0}). */
    protected static <T> List<T> first(int limit, List<T> results) {
        return results.size() > limit ? results.subList(0, limit) : results;
    }

    /**
     * Counts a result and writes it. Counted first: when the reader goes away during the write,
     * the result was still found, and the exit status says so.
     */
    protected <T> void emit(ResultWriter<T> writer, T result) {
        ctx.written++;
        writer.write(result);
    }
}
