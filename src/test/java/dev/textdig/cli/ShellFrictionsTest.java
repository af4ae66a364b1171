package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user tried and tripped on (issue 13): each friction, fixed. */
class ShellFrictionsTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    /** With stdout a terminal: what the user sees on stderr (stdout's text is dropped). */
    private static Run onTerminal(String... args) {
        return Cli.execute(null, new ByteArrayOutputStream(), true, Map.of(), args);
    }

    private static int count(String query) {
        return Integer.parseInt(Cli.run("search", "-c", query, SAMPLE).out().strip());
    }

    @Test
    void limitZeroShowsEverySearchHit() {
        int matching = count("Azerbaijan");
        assertThat(matching).isGreaterThan(2);
        Run all = Cli.run("search", "-n", "0", "--format", "tsv", "Azerbaijan", SAMPLE);
        assertThat(all.status()).isZero();
        assertThat(all.lines()).hasSize(matching + 1);
        assertThat(Cli.run("search", "--limit", "0", "--format", "tsv", "Azerbaijan", SAMPLE).out()).isEqualTo(all.out());
    }

    @Test
    void aCutListSaysSoOnATerminalAndNowhereElse() {
        int matching = count("Azerbaijan");
        Run cut = onTerminal("search", "-n", "2", "Azerbaijan", SAMPLE);
        assertThat(cut.status()).isZero();
        assertThat(cut.err()).isEqualTo("textdig: 2 of " + matching + " paragraphs shown (-n 0 for all)\n");
        assertThat(Cli.run("search", "-n", "2", "Azerbaijan", SAMPLE).err()).as("in a pipe").isEmpty();
        assertThat(onTerminal("search", "-n", "0", "Azerbaijan", SAMPLE).err()).as("all shown").isEmpty();
        assertThat(onTerminal("keywords", SAMPLE).err()).matches("textdig: 20 of \\d+ terms shown \\(-n 0 for all\\)\n");
        assertThat(onTerminal("paragraphs", "-n", "3", SAMPLE).err()).matches("textdig: 3 of \\d+ paragraphs shown \\(-n 0 for all\\)\n");
        assertThat(onTerminal("quotes", "-n", "1", SAMPLE).err()).matches("textdig: 1 of \\d+ quotations shown \\(-n 0 for all\\)\n");
        assertThat(onTerminal("info", "-n", "1", SAMPLE, SAMPLE).err()).isEqualTo("textdig: 1 of 2 articles shown (-n 0 for all)\n");
        assertThat(onTerminal("search", "enter", SAMPLE).err()).as("the furniture hint stays")
                .isEqualTo("textdig: 2 matches in page furniture; -a to include them\n");
    }

    @Test
    void keywordsTakeLimitZeroForAll() {
        Run all = Cli.run("keywords", "-n", "0", "--format", "tsv", SAMPLE);
        assertThat(all.status()).isZero();
        assertThat(all.lines().length - 1).isGreaterThan(20);
        Run perFile = Cli.run("keywords", "-n", "0", "--per-file", "--format", "tsv", SAMPLE);
        assertThat(perFile.lines()).hasSameSizeAs(all.lines());
    }

    @Test
    void quotesParagraphsAndInfoShowAllByDefaultAndTakeALimit() {
        assertThat(Cli.run("paragraphs", "-n", "2", "--format", "tsv", SAMPLE).lines()).hasSize(3);
        assertThat(Cli.run("paragraphs", "--format", "tsv", SAMPLE).lines()).hasSize(14);
        assertThat(Cli.run("quotes", "-n", "1", "--format", "tsv", SAMPLE).lines()).hasSize(2);
        assertThat(Cli.run("quotes", "--format", "tsv", SAMPLE).lines().length).isGreaterThan(2);
        assertThat(Cli.run("quotes", "--speakers", "-n", "1", "--format", "tsv", SAMPLE).lines()).hasSize(2);
        assertThat(Cli.run("info", "-n", "1", "--format", "tsv", SAMPLE, SAMPLE).lines()).hasSize(2);
        assertThat(Cli.run("info", "--format", "tsv", SAMPLE, SAMPLE).lines()).hasSize(3);
    }

    @Test
    void aMistypedCommandIsNamedWithTheOneMeant() {
        assertThat(Cli.run("serch", "x", SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: unknown command 'serch'; did you mean 'search'? (see 'textdig --help')\n"));
        assertThat(Cli.run("frobnicate").err())
                .isEqualTo("textdig: unknown command 'frobnicate' (commands: search, paragraphs, keywords, quotes, info, index, export, completion, help)"
                        + " (see 'textdig --help')\n");
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        Run help = Cli.run("help", "search");
        assertThat(help.status()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).isEqualTo(Cli.run("search", "--help").out());
        assertThat(Cli.run("help").out()).isEqualTo(Cli.run("--help").out());
    }

    @Test
    void literalIsSuggestedOnlyWhereTheCommandHasIt() {
        Run quotes = Cli.run("quotes", "-q", "title:(", SAMPLE);
        assertThat(quotes.status()).isEqualTo(2);
        assertThat(quotes.err()).isEqualTo("textdig: query does not parse at column 8: unexpected end of query (quote it)\n");
        assertThat(Cli.run("search", "title:(", SAMPLE).err())
                .isEqualTo("textdig: query does not parse at column 8: unexpected end of query (quote it, or use --literal)\n");
    }

    @Test
    void anUnknownFieldSaysWhichOneWasMeant() {
        String fields = "(fields: text, kind, file, paragraph, line, language, speaker, quote; quote it, or use --literal)\n";
        Run typo = Cli.run("search", "speeker:macron", SAMPLE);
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("textdig: query does not parse: unknown field 'speeker', did you mean 'speaker'? " + fields);
        assertThat(Cli.run("search", "title:Macron", SAMPLE).err())
                .isEqualTo("textdig: query does not parse: unknown field 'title', did you mean 'kind:title'? " + fields);
        assertThat(Cli.run("search", "colour:red", SAMPLE).err())
                .isEqualTo("textdig: query does not parse: unknown field 'colour' " + fields);
    }

    @Test
    void aQueryOfStopwordsOnlySaysNothingCanMatch() {
        Run r = Cli.run("search", "the", SAMPLE);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("textdig: the query has only stopwords ('the'), which are not searched: nothing can match\n");
        assertThat(Cli.run("search", "-F", "of the", SAMPLE).err()).contains("only stopwords");
        assertThat(Cli.run("search", "zeppelin", SAMPLE).err()).as("words that are just absent").isEmpty();
    }

    @Test
    void oneBadFileDoesNotSpoilTheRun(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run r = Cli.run("info", "--format", "tsv", "missing.txt", SAMPLE, empty.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines()[1]).startsWith(SAMPLE + "\t");
        assertThat(r.err()).isEqualTo("textdig: missing.txt: no such file or folder\ntextdig: " + empty + ": no file to read in this folder (*.txt, *.text and names without an extension are read; -t and -g choose others)\n");
        Run search = Cli.run("search", "-l", "Azerbaijan", SAMPLE, "missing.txt");
        assertThat(search.status()).isEqualTo(2);
        assertThat(search.out()).isEqualTo(SAMPLE + "\n");
        Run one = Cli.run("info", "--format", "json", "missing.txt");
        assertThat(one).isEqualTo(new Run(2, "", "textdig: missing.txt: no such file or folder\n"));
        Run two = Cli.run("paragraphs", "missing.txt", "gone.txt");
        assertThat(two).isEqualTo(new Run(2, "", "textdig: missing.txt: no such file or folder\ntextdig: gone.txt: no such file or folder\n"));
    }

    @Test
    void nullEndsTheNamesOfFilesWithMatches(@TempDir Path dir) throws Exception {
        Path odd = Files.writeString(dir.resolve("two\nlines.txt"), Fixtures.text(Fixtures.SAMPLE));
        Run r = Cli.run("search", "-l", "-0", "Azerbaijan", SAMPLE, odd.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(SAMPLE + "\0" + odd + "\0");
        assertThat(Cli.run("search", "-l", "--null", "--format", "tsv", "Azerbaijan", SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: --null takes --format text (tsv and JSON escape newlines in names already)"
                        + " (see 'textdig search --help')\n"));
        assertThat(Cli.run("search", "-0", "Azerbaijan", SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: --null goes with -l (--files-with-matches) (see 'textdig search --help')\n"));
    }

    @Test
    void versionNamesTheCommitTheJavaAndLucene() {
        Run r = Cli.run("--version");
        assertThat(r.status()).isZero();
        String[] lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("textdig ");
        assertThat(lines[1]).matches("commit ([0-9a-f]{7,40}|unknown)");
        assertThat(lines[2]).isEqualTo("Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")");
        assertThat(lines[3]).matches("Lucene 10\\.\\d+\\.\\d+");
        assertThat(Cli.run("search", "--version").out()).isEqualTo(r.out());
    }

    @Test
    void theKindColumnFitsBoilerplate() {
        String[] lines = Cli.run("paragraphs", "-a", SAMPLE).lines();
        assertThat(lines).anyMatch(l -> l.matches(" *\\d+ boilerplate \\S.*"))
                .filteredOn(l -> l.matches(" *\\d+ [a-z]+ .*"))
                .allMatch(l -> l.length() > 18 && l.charAt(17) == ' ' && l.charAt(18) != ' ', "text from column 19");
    }

    @Test
    void theWidthIsColumnsElseTheTerminalsOwnAsTheLauncherReadIt() {
        assertThat(new Terminal(true, true, Map.of()).width()).isEqualTo(100);
        System.setProperty("textdig.columns", "80");
        try {
            assertThat(new Terminal(true, true, Map.of()).width()).isEqualTo(80);
            assertThat(new Terminal(true, true, Map.of("COLUMNS", "120")).width()).as("COLUMNS wins").isEqualTo(120);
        } finally {
            System.clearProperty("textdig.columns");
        }
    }
}
