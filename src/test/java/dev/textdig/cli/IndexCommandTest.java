package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textdig index} and {@code --index}: the same answers as from the files, kept up to date. */
class IndexCommandTest {
    @TempDir
    Path tmp;
    private Path news;
    private Path index;

    @BeforeEach
    void copyArticles() throws IOException {
        news = tmp.resolve("news");
        Files.createDirectories(news.resolve("fr"));
        Files.copy(Fixtures.SAMPLE, news.resolve("macron.txt"));
        for (String name : List.of("clean-article-en.txt", "scraped-page.txt", "live-updates.txt", "letter-to-editor.txt")) {
            Files.copy(Fixtures.path(name), news.resolve(name));
        }
        for (String name : List.of("clean-article-fr.txt", "strike-fr.txt")) {
            Files.copy(Fixtures.path(name), news.resolve("fr").resolve(name));
        }
        index = tmp.resolve("index");
    }

    private Run indexNews(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "index";
        args[1] = "--index";
        args[2] = index.toString();
        args[3] = news.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(args);
    }

    @Test
    void everyCommandAnswersFromTheIndexAsFromTheFiles() {
        Run built = indexNews("--format", "jsonl");
        assertThat(built.status()).as(built.toString()).isZero();
        assertThat(built.out()).contains("\"articles\":7", "\"added\":7");
        List<List<String>> commands = List.of(
                List.of("search", "Macron"), List.of("search", "-n", "50", "the"), List.of("search", "-c", "grève"),
                List.of("search", "-l", "said"), List.of("search", "-C", "1", "-a", "share"), List.of("search", "speaker:macron"),
                List.of("search", "kind:title"), List.of("search", "quote:ceasefire OR quote:grève"),
                List.of("quotes"), List.of("quotes", "--speakers"), List.of("quotes", "--query", "war OR grève"),
                List.of("quotes", "--verify", "France will not abandon the Armenians"),
                List.of("keywords", "--rank"), List.of("keywords", "--per-file", "-n", "3"), List.of("keywords", "-g", "2"),
                List.of("info"), List.of("paragraphs", "--all"), List.of("paragraphs", "--kind", "title,lead"));
        for (List<String> command : commands) {
            for (String format : List.of("jsonl", "text", "tsv")) {
                Run fromFiles = Cli.run(args(command, format, news.toString()));
                Run fromIndex = Cli.run(args(command, format, "--index", index.toString()));
                assertThat(fromIndex.out()).as(command + " " + format + "\n" + fromIndex).isEqualTo(fromFiles.out());
                assertThat(fromIndex.status()).as(command + " " + format).isEqualTo(fromFiles.status());
            }
        }
    }

    private static String[] args(List<String> command, String format, String... input) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add("--format");
        all.add(format);
        all.addAll(List.of(input));
        return all.toArray(String[]::new);
    }

    @Test
    void anUpdateRedoesOnlyNewChangedAndRemovedFiles() throws IOException {
        assertThat(indexNews().status()).isZero();
        Run again = indexNews("--format", "jsonl");
        assertThat(again.out()).contains("\"articles\":7", "\"added\":0", "\"changed\":0", "\"unchanged\":7");

        Files.writeString(news.resolve("new.txt"), "Harbour pilots strike\n\nThe harbour pilots of Brest stopped work on Monday.\n");
        Files.writeString(news.resolve("letter-to-editor.txt"), "Letters\n\nThe zeppelin museum deserves better.\n");
        Files.delete(news.resolve("scraped-page.txt"));
        Path clean = news.resolve("clean-article-en.txt");
        Files.setLastModifiedTime(clean, FileTime.fromMillis(Files.getLastModifiedTime(clean).toMillis() + 5_000));
        Run update = indexNews("--format", "jsonl");
        assertThat(update.out()).as(update.toString()).contains("\"articles\":7", "\"added\":1", "\"changed\":1",
                "\"renewed\":1", "\"removed\":1", "\"unchanged\":4");

        assertThat(Cli.run("search", "-l", "pilots", "--index", index.toString()).out()).contains("new.txt");
        assertThat(Cli.run("search", "zeppelin", "--index", index.toString()).status()).isZero();
        Run gone = Cli.run("info", "--format", "tsv", "--index", index.toString());
        assertThat(gone.out()).doesNotContain("scraped-page.txt").contains("clean-article-en.txt");
        // And the updated index still answers as a fresh read of the files does.
        assertThat(Cli.run("search", "-n", "30", "the", "--index", index.toString()).out())
                .isEqualTo(Cli.run("search", "-n", "30", "the", news.toString()).out());
    }

    @Test
    void theEnvironmentNamesADefaultIndexWhenNoFileIsGiven() {
        assertThat(indexNews().status()).isZero();
        Map<String, String> env = Map.of("TEXTDIG_INDEX", index.toString());
        Run fromEnv = Cli.execute((String) null, env, "search", "-l", "grève");
        assertThat(fromEnv.status()).as(fromEnv.toString()).isZero();
        assertThat(fromEnv.out()).contains("strike-fr.txt");
        // Piped text is the input the user gave: it wins over the default index.
        Run piped = Cli.execute("Nothing about strikes here.\n", env, "search", "-l", "grève");
        assertThat(piped.status()).isEqualTo(1);
    }

    @Test
    void badIndexesAndBadCombinationsAreOneLineErrors() throws IOException {
        Path missing = tmp.resolve("missing");
        assertOneLineError(Cli.run("search", "x", "--index", missing.toString()), "no index there");
        Path notIndex = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(notIndex.resolve("cat.jpg"), "not an index");
        assertOneLineError(Cli.run("search", "x", "--index", notIndex.toString()), "not a textdig index");
        assertOneLineError(Cli.run("index", news.toString(), "--index", notIndex.toString()), "not empty and not a textdig index");
        assertThat(notIndex.resolve("cat.jpg")).exists();
        assertOneLineError(Cli.run("index", "--index", index.toString(), "-"), "not from stdin");
        assertOneLineError(Cli.run("index", news.toString()), "--index PATH");
        assertThat(indexNews().status()).isZero();
        assertOneLineError(Cli.run("search", "x", "--index", index.toString(), news.toString()), "FILEs or --index, not both");
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertOneLineError(Cli.run("index", news.toString(), "--index", file.toString()), "not a folder");
    }

    static void assertOneLineError(Run r, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(message).startsWith("textdig: ");
        assertThat(r.err().strip().lines().count()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void manyQueriesRunOverOneIndexEachResultWithItsQuery() throws IOException {
        Path queries = Files.writeString(tmp.resolve("queries.txt"), "Macron\n\ngrève\nzzzqqqx\n");
        for (String[] input : List.of(new String[] {news.toString()}, new String[] {"--index", index.toString()})) {
            if (input[0].equals("--index")) {
                assertThat(indexNews().status()).isZero();
            }
            Run r = Cli.run(concat(new String[] {"search", "--queries", queries.toString(), "-n", "2", "--format", "tsv"}, input));
            assertThat(r.status()).as(r.toString()).isZero();
            String[] lines = r.lines();
            assertThat(lines[0]).startsWith("query_line\tquery\ttype\trank\tfile\t");
            assertThat(lines).filteredOn(l -> l.startsWith("1\tMacron\tmatch\t")).hasSize(2);
            assertThat(lines).filteredOn(l -> l.startsWith("3\tgrève\tmatch\t")).hasSize(2);
            assertThat(lines).noneMatch(l -> l.startsWith("4\t"));
        }
        Run json = Cli.run("search", "--queries", queries.toString(), "--index", index.toString(), "-c", "--format", "json");
        assertThat(json.out()).contains("\"totals\":{\"queries\":3,\"failed\":0,\"matched\":2,\"files\":7,");
        Run none = Cli.withStdin("zzzqqqx\n", "search", "--queries", "-", "--index", index.toString());
        assertThat(none.status()).isEqualTo(1);
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "Macron\nfoo AND (\n");
        Run broken = Cli.run("search", "--queries", bad.toString(), "--index", index.toString(), "--format", "jsonl");
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).startsWith("textdig: " + bad + ":2: ");
        assertThat(broken.out()).contains("\"query\":\"Macron\"");
        assertOneLineError(Cli.withStdin("Macron\n", "search", "--queries", "-"), "give the articles as FILEs or --index");
        assertOneLineError(Cli.run("search", "--limit", "3"), "search needs a QUERY");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
