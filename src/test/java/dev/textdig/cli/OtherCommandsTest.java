package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.cli.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void paragraphsLeavesFurnitureOutUnlessAll() {
        Run clean = Cli.run("paragraphs", "--format", "tsv", SAMPLE);
        assertThat(clean.lines()).hasSize(14);
        assertThat(clean.lines()[0]).isEqualTo("file\tparagraph\tline\tkind\tstart\tend\ttext");
        assertThat(clean.out()).doesNotContain("boilerplate");
        Run all = Cli.run("paragraphs", "--all", "--format", "tsv", SAMPLE);
        assertThat(all.lines()).hasSize(24);
        Run titles = Cli.run("paragraphs", "--kind", "title", "--format", "jsonl", SAMPLE);
        assertThat(titles.lines()).hasSize(1);
        assertThat(titles.out()).contains("\"paragraph\":2,\"line\":3,\"kind\":\"title\",\"start\":97,\"end\":194");
    }

    @Test
    void infoReportsMetadataAndCounts() {
        Run r = Cli.run("info", "--format", "jsonl", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"author\":\"Ariel Guez\"", "\"source\":\"BFM TV\"", "\"language\":\"en\"",
                "\"paragraphs\":23", "\"content_paragraphs\":13", "\"boilerplate_paragraphs\":10", "\"date\":null");
        Run text = Cli.run("info", SAMPLE);
        assertThat(text.out()).contains("author:                 Ariel Guez\n", "date:                   -\n");
    }

    @Test
    void folderIsReadRecursivelyForTxtFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Fixtures.path("one-per-line.txt"), dir.resolve("a/b/library.txt"));
        Files.copy(Fixtures.path("french-article.txt"), dir.resolve("a/budget.txt"));
        Files.writeString(dir.resolve("a/notes.md"), "not an article");
        Run r = Cli.run("info", "--format", "tsv", dir.toString());
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines()[1]).startsWith(dir.resolve("a/b/library.txt").toString() + "\t");
        assertThat(r.lines()[2]).contains("\tfr\t");
    }

    @Test
    void folderWithoutTextFilesIsAnError(@TempDir Path dir) {
        Run r = Cli.run("info", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).endsWith("folder has no .txt files\n");
    }

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
    void binaryFilesAreSkippedWithAWarning(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Run r = Cli.run("info", bin.toString(), SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo("textdig: " + bin + ": binary file (NUL bytes), skipped\n");
        assertThat(r.out()).contains("Ariel Guez");
    }

    @Test
    void invalidUtf8IsReplacedWithOneWarning(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        // UTF-8 (ï is C3 AF) with a Latin-1 é in the middle of a word
        Files.write(bad, new byte[] {'n', 'a', (byte) 0xC3, (byte) 0xAF, 'v', 'e', ' ', 'c', 'a', 'f', (byte) 0xE9, 's', ' ', 'o', 'k', '\n'});
        Run r = Cli.run("paragraphs", "--all", "--format", "tsv", bad.toString());
        assertThat(r.err()).isEqualTo("textdig: " + bad + ": invalid UTF-8 at byte 10, replaced with U+FFFD\n");
        assertThat(r.out()).contains("naïve caf\uFFFDs ok");
    }

    @Test
    void anArticleInWindows1252IsReadAsSuchWithOneWarning(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("archive.txt");
        Files.write(old, "Mayor backs ferry plan\n\n\u201cThe ferry will run on Monday,\u201d the mayor said on Tuesday in Li\u00e8ge.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run r = Cli.run("quotes", "--format", "tsv", old.toString());
        assertThat(r.err()).isEqualTo("textdig: " + old + ": not UTF-8, read as Windows-1252\n");
        assertThat(r.out()).contains("The ferry will run on Monday,");
        assertThat(r.status()).isZero();
    }

    @Test
    void emptyArticleRunsFineAndFindsNothing(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n  \n");
        assertThat(Cli.run("paragraphs", empty.toString()).status()).isEqualTo(1);
        assertThat(Cli.run("search", "anything", empty.toString()).status()).isEqualTo(1);
        Run info = Cli.run("info", "--format", "tsv", empty.toString());
        assertThat(info.status()).isZero();
        assertThat(info.lines()[1]).endsWith("\ten\t0\t0\t0\t0");
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
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.run(new java.io.ByteArrayInputStream(new byte[0]), failing, new java.io.PrintWriter(err),
                new Terminal(true, false, java.util.Map.of()), args);
        return new Run(status, "", err.toString());
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
}
