package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The entry point: help, version, usage errors, messages, colour, a stdout that closes or fails. */
class MainTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void messagesOnStderrShowEscapeSequencesFromArgumentsEscaped() {
        for (Run r : new Run[] {
            Cli.run("info", "no\u001b[31msuch.txt"),
            Cli.run("search", "--lim\u001b[2Jit", "x", SAMPLE),
            Cli.run("search", "line:x\u001bx\u0007", SAMPLE),
        }) {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).startsWith("textdig: ").contains("\\x1b").doesNotContain("\u001b", "\u0007");
        }
    }

    @Test
    void helpAndVersionExitZeroAndListExitCodes() {
        Run help = Cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Exit status:", "search", "paragraphs", "info").containsPattern("\\n +2 +error").containsPattern("\\n +130 +interrupted");
        Run sub = Cli.run("search", "--help");
        assertThat(sub.status()).isZero();
        assertThat(sub.out()).contains("--limit", "--literal", "--context");
        Run version = Cli.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("textdig ");
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = Cli.run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("textdig: missing command");
    }

    /**
     * One style for every usage error, picocli's own and the commands' checks alike: one line naming
     * the option, the value given and what it takes, the command's help named, status 2, no output.
     */
    @Test
    void everyUsageErrorIsOneLineNamingTheOptionAndTheHelp() {
        String[][] cases = {
            {"invalid value for option '--limit': must be 0 or more, not -1 (see 'textdig search --help')", "search", "-n", "-1", "x", SAMPLE},
            {"invalid value for option '--limit': 'ten' is not a whole number (see 'textdig search --help')", "search", "-n", "ten", "x", SAMPLE},
            {"invalid value for option '--context': must be 0 or more, not -1 (see 'textdig search --help')", "search", "-C", "-1", "x", SAMPLE},
            {"--count, --files-with-matches are mutually exclusive (specify only one) (see 'textdig search --help')", "search", "-c", "-l", "x", SAMPLE},
            {"invalid value for option '--kind' (KIND): unknown kind 'bogus' (expected title, lead, heading, body, meta or boilerplate)"
                    + " (see 'textdig paragraphs --help')", "paragraphs", "--kind", "title,bogus", SAMPLE},
            {"invalid value for option '--min-count': must be 1 or more, not 0 (see 'textdig keywords --help')", "keywords", "--min-count", "0", SAMPLE},
            {"invalid value for option '--ngrams': '0-9' is not a range of phrase lengths from 1 to 6, such as 1-3 (see 'textdig keywords --help')",
                "keywords", "--ngrams", "0-9", SAMPLE},
            {"invalid value for option '--ngrams': 'two' is not a range of phrase lengths such as 1-3 (see 'textdig keywords --help')",
                "keywords", "--ngrams", "two", SAMPLE},
            {"invalid value for option '--min-words': must be 1 or more, not -3 (see 'textdig quotes --help')", "quotes", "--min-words", "-3", SAMPLE},
            {"invalid value for option '--format': expected one of text, tsv, jsonl, json (export: opensearch-bulk, solr-json), not 'xml' (see 'textdig info --help')",
                "info", "--format", "xml", SAMPLE},
            {"invalid value for option '--by': expected one of paragraph, article, not 'page' (see 'textdig search --help')",
                "search", "--by", "page", "x", SAMPLE},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertThat(Cli.run(args)).as(String.join(" ", args)).isEqualTo(new Run(2, "", "textdig: " + c[0] + "\n"));
        }
    }

    @Test
    void noColorAndDumbTerminalsTurnColourOff() {
        java.util.Map<String, String> noColor = java.util.Map.of("NO_COLOR", "1");
        Terminal tty = new Terminal(true, true, noColor);
        assertThat(tty.wantsColour()).isFalse();
        assertThat(new Terminal(true, true, java.util.Map.of("TERM", "dumb")).wantsColour()).isFalse();
        assertThat(new Terminal(true, true, java.util.Map.of("TERM", "xterm")).wantsColour()).isTrue();
        assertThat(new Terminal(true, false, java.util.Map.of()).wantsColour()).isFalse();
    }

    /** Runs with a stdout whose every write fails with {@code error}. */
    private static Run withFailingStdout(String error, String... args) {
        java.io.OutputStream failing = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(error);
            }
        };
        return Cli.execute(null, failing, false, java.util.Map.of(), args);
    }

    @Test
    void closedStdoutStopsQuietlyWithTheStatusSoFar() {
        assertThat(withFailingStdout("Broken pipe", "paragraphs", "--all", SAMPLE)).isEqualTo(new Run(0, "", ""));
        assertThat(withFailingStdout("Broken pipe", "search", "nothingmatchesthis", SAMPLE)).isEqualTo(new Run(1, "", ""));
        assertThat(withFailingStdout("Bad file descriptor", "--help")).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void aStdoutThatCannotTakeTheResultsIsAnError() {
        String message = "textdig: cannot write the results: No space left on device\n";
        assertThat(withFailingStdout("No space left on device", "paragraphs", "--all", SAMPLE)).isEqualTo(new Run(2, "", message));
        assertThat(withFailingStdout("No space left on device", "--version")).isEqualTo(new Run(2, "", message));
    }

    /** Runs {@code args} on a command line with every subcommand built, or only the one named. */
    private static Run onModel(boolean allSubcommands, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        Invocation ctx = invocation(out, err);
        picocli.CommandLine cl = allSubcommands ? Main.commandLine(ctx) : Main.commandLine(ctx, args);
        int status = cl.execute(args);
        return new Run(status, out.toString(java.nio.charset.StandardCharsets.UTF_8) + ctx.help, err.toString());
    }

    private static Invocation invocation(java.io.OutputStream out, java.io.StringWriter err) {
        return new Invocation(new java.io.ByteArrayInputStream(new byte[0]), new dev.textdig.output.Stdout(out),
                new java.io.PrintWriter(err, true), new Terminal(false, false, java.util.Map.of()));
    }

    @Test
    void aSubcommandBuiltAloneBehavesAsAmongAllOthers() {
        String[][] lines = {
            {"search", "--help"}, {"keywords", "--help"}, {"quotes", "--version"}, {"search"}, {"search", "--lim", "3", "x"},
            {"search", "--limit", "x", "q"}, {"keywords", "--formt", "json"}, {"paragraphs", "--kind", "nope"}, {"info", "-x"},
            {"keywords", "serch"}, {"search", "keywords", "no-such-file.txt"}, {"info", SAMPLE}, {"quotes", "-q", "offensive", SAMPLE},
        };
        for (String[] args : lines) {
            assertThat(onModel(false, args)).as(String.join(" ", args)).isEqualTo(onModel(true, args));
        }
        Invocation ctx = invocation(java.io.OutputStream.nullOutputStream(), new java.io.StringWriter());
        assertThat(Main.commandLine(ctx, "search", "x").getSubcommands()).containsOnlyKeys("search");
    }

    @Test
    void eachSubcommandIsListedUnderTheNameItsCommandGives() {
        picocli.CommandLine all = Main.commandLine(invocation(java.io.OutputStream.nullOutputStream(), new java.io.StringWriter()));
        all.getSubcommands().forEach((name, sub) ->
                assertThat(sub.getCommandSpec().userObject().getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
        java.util.Set<String> expected = new java.util.HashSet<>(Main.SUBCOMMANDS.keySet());
        expected.add("help"); // picocli's own: textdig help COMMAND
        expected.add("completion"); // built only with the whole model, which its scripts describe
        assertThat(all.getSubcommands()).containsOnlyKeys(expected);
    }
}
