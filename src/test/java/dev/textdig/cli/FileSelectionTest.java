package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder walk reads (-t, -g, the default), and inputs that are not text (PDF, HTML). */
class FileSelectionTest {
    private static final String ARTICLE = "Ferry plan backed\n\nThe mayor backed the ferry plan on Tuesday, saying the harbour needed it.\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    /** A news folder as people keep them: text under several names, notes, photos, a page, a PDF, a .git. */
    private static Path newsFolder(Path dir) throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(news.resolve("photos"));
        Files.createDirectories(news.resolve(".git"));
        for (String name : new String[] {"a.txt", "B.TXT", "c.text", "article", "notes.md", ".git/HEAD", ".draft.txt"}) {
            Files.writeString(news.resolve(name), ARTICLE);
        }
        for (int i = 0; i < 40; i++) {
            Files.write(news.resolve("photos/p" + i + ".jpg"), PNG);
        }
        Files.writeString(news.resolve("page.html"), "<!DOCTYPE html><html><body><h1>Ferry</h1></body></html>");
        Files.writeString(news.resolve("report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
        return news;
    }

    private static String[] files(Run tsv) {
        return Arrays.stream(tsv.lines()).skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toArray(String[]::new);
    }

    @Test
    void byDefaultAFolderWalkReadsTextByAnyCaseOrNoExtensionAndNamesWhatItSkipsOnceAType(@TempDir Path dir) throws IOException {
        Path news = newsFolder(dir);
        Run r = Cli.run("info", "--format", "tsv", news.toString());
        assertThat(r.status()).isZero();
        assertThat(files(r)).containsExactly(news + "/B.TXT", news + "/a.txt", news + "/article", news + "/c.text");
        // Forty photos are one line, not forty; a single file is named; hidden files and folders are not walked.
        assertThat(r.err().lines()).containsExactly(
                "textdig: " + news + "/page.html: skipped (HTML: textdig reads plain text; save the page as text or convert it, e.g. with pandoc -t plain)",
                "textdig: " + news + ": 40 .jpg files skipped (not a text file by its name: -t and -g choose the files read)",
                "textdig: " + news + "/notes.md: skipped (Markdown: -t md reads it)",
                "textdig: " + news + "/report.pdf: skipped (PDF: extract its text first, e.g. with pdftotext)");
    }

    @Test
    void typesAndGlobsChooseTheFilesQuietly(@TempDir Path dir) throws IOException {
        Path news = newsFolder(dir);
        Run md = Cli.run("info", "--format", "tsv", "-t", "md", news.toString());
        assertThat(files(md)).containsExactly(news + "/notes.md");
        assertThat(md.err()).isEmpty();

        Run both = Cli.run("info", "--format", "tsv", "--type", "text,md", "-g", "!*.TXT", "-g", "!article", news.toString());
        assertThat(files(both)).containsExactly(news + "/a.txt", news + "/c.text", news + "/notes.md");

        // Globs alone read only what they match, by name anywhere below, or by path with a '/'.
        Run glob = Cli.run("info", "--format", "tsv", "-g", "*.md", "-g", "article", news.toString());
        assertThat(files(glob)).containsExactly(news + "/article", news + "/notes.md");
        Run path = Cli.run("info", "--format", "tsv", "-g", "photos/p1.jpg", "-g", "a.*", news.toString());
        assertThat(files(path)).containsExactly(news + "/a.txt");
        assertThat(path.err()).isEqualTo("textdig: " + news + "/photos/p1.jpg: binary file (NUL bytes), skipped\n");
    }

    @Test
    void aFolderWithNothingToReadSaysWhatIsReadAndHowToChoose(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), ARTICLE);
        Run r = Cli.run("info", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).endsWith("textdig: " + dir + ": no file to read in this folder "
                + "(*.txt, *.text and names without an extension are read; -t and -g choose others)\n");
        assertThat(Cli.run("info", "-t", "md", dir.toString()).status()).isZero();
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItsName(@TempDir Path dir) throws IOException {
        Path story = Files.writeString(dir.resolve("ferry.story"), ARTICLE);
        Path md = Files.writeString(dir.resolve("ferry.md"), ARTICLE);
        Run r = Cli.run("search", "-c", "ferry", story.toString(), md.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(story + ":2\n" + md + ":2\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aPdfIsNamedAsSuchAndAloneItIsAnErrorNeverNothingFound(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = Cli.run("search", "ferry", pdf.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("textdig: " + pdf + ": a PDF, not plain text: skipped (extract its text first, e.g. pdftotext " + pdf + " -)\n");

        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Run withText = Cli.run("search", "-l", "ferry", pdf.toString(), article.toString());
        assertThat(withText.status()).isZero(); // as grep goes past a binary file
        assertThat(withText.out()).isEqualTo(article + "\n");
    }

    @Test
    void htmlIsRecognisedByItsContentInAFileOrOnStdin(@TempDir Path dir) throws IOException {
        Path fragment = Files.writeString(dir.resolve("saved.txt"), "\n  <article><h1>Ferry plan backed</h1><p>The mayor said yes.</p></article>\n");
        Run r = Cli.run("info", fragment.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("<article>");
        assertThat(r.err()).startsWith("textdig: " + fragment + ": HTML, not plain text: skipped");

        Run piped = Cli.withStdin("<!-- saved by a browser -->\n<!doctype html>\n<html lang=en><title>Ferry</title>", "paragraphs");
        assertThat(piped.status()).isEqualTo(2);
        assertThat(piped.err()).startsWith("textdig: -: HTML, not plain text: skipped");
    }

    @Test
    void textThatMerelyMentionsTagsIsText(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "<Breaking> Ferry plan backed\n\nThe <p> tag and </div> are HTML, the mayor said.\n");
        Run r = Cli.run("info", "--format", "tsv", a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBadGlobOrTypeIsAUsageError(@TempDir Path dir) {
        Run glob = Cli.run("search", "-g", "[a-", "ferry", dir.toString());
        assertThat(glob.status()).isEqualTo(2);
        assertThat(glob.err()).startsWith("textdig: invalid value for option '--glob': '[a-' is not a glob");
        Run type = Cli.run("keywords", "-t", "pdf", dir.toString());
        assertThat(type.status()).isEqualTo(2);
        assertThat(type.err()).startsWith("textdig: invalid value for option '--type': unknown type 'pdf' (expected text, md or all)");
    }

    @Test
    void aQueryThatStartsWithMinusTIsNotATypeNorMinusGAGlob(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        for (String query : new String[] {"-trump", "-glasgow"}) {
            Run r = Cli.run("search", query, a.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("textdig: unknown option: '" + query + "' (put -- before a query that starts with '-'; see 'textdig search --help')\n");
        }
        assertThat(Cli.run("search", "-tmd", "-g*.txt", "ferry", dir.toString()).status()).isZero();
    }

    @Test
    void indexSelectsFilesAsTheOtherCommandsDo(@TempDir Path dir) throws IOException {
        Path news = newsFolder(dir);
        Run r = Cli.run("index", "--format", "tsv", "--index", dir.resolve("idx").toString(), "-g", "!B.TXT", news.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()[1]).startsWith("3\t3\t");
        // An index holds what was indexed: choosing files when reading from it would be ignored.
        Run fromIndex = Cli.run("info", "-t", "md", "--index", dir.resolve("idx").toString());
        assertThat(fromIndex.status()).isEqualTo(2);
        assertThat(fromIndex.err()).startsWith("textdig: -t and -g choose the files of folders, not those of an index");
    }

    @Test
    void aFolderOfOneFileNamesItAsGrepRDoesAndSoDoesItsIndexWhileOneFileNamedGivesTheBareCount(@TempDir Path dir) throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path story = Files.writeString(news.resolve("a.txt"), ARTICLE);
        assertThat(Cli.run("search", "-c", "ferry", story.toString()).out()).isEqualTo("2\n");
        assertThat(Cli.run("search", "-c", "ferry", news.toString()).out()).isEqualTo(story + ":2\n");
        assertThat(Cli.run("paragraphs", news.toString()).out()).startsWith(story + ":");
        assertThat(Cli.run("paragraphs", story.toString()).out()).doesNotContain(story.toString());
        Path index = dir.resolve("index");
        assertThat(Cli.run("index", "--index", index.toString(), news.toString()).status()).isZero();
        for (String[] command : new String[][] {{"search", "-c", "ferry"}, {"paragraphs"}}) {
            String[] fromIndex = Arrays.copyOf(command, command.length + 2);
            fromIndex[command.length] = "--index";
            fromIndex[command.length + 1] = index.toString();
            String[] fromFolder = Arrays.copyOf(command, command.length + 1);
            fromFolder[command.length] = news.toString();
            assertThat(Cli.run(fromIndex).out()).isEqualTo(Cli.run(fromFolder).out());
        }
    }
}
