package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the input every command shares: folders, encodings, binary and empty files. */
class InputTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

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
        assertThat(r.err()).endsWith("no file to read in this folder (*.txt, *.text and names without an extension are read; -t and -g choose others)\n");
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
}
