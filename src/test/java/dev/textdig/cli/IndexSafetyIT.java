package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import dev.textdig.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update killed part-way (SIGKILL, SIGINT) leaves the index as its last commit left it:
 * readable, complete, and brought up to date by the next run. Run on the packaged jar, as users
 * do, because only a real process can be killed.
 */
class IndexSafetyIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");

    @TempDir
    Path tmp;

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static Processes.Result run(String... args) throws Exception {
        return Processes.finish(start(args), 300);
    }


    private int articlesIn(Path index) throws Exception {
        Processes.Result info = run("info", "--format", "tsv", "--index", index.toString());
        assertThat(info.status()).as(info.err()).isZero();
        return (int) info.out().lines().count() - 1;
    }

    @Test
    void anUpdateKilledPartWayLeavesTheLastCommitReadable() throws Exception {
        Path first = tmp.resolve("news/first");
        Path second = tmp.resolve("news/second");
        Fixtures.writeInventedArticles(first, 40, 1, false);
        Fixtures.writeInventedArticles(second, 800, 2, false);
        Path index = tmp.resolve("index");
        assertThat(run("index", "--index", index.toString(), first.toString()).status()).isZero();
        assertThat(articlesIn(index)).isEqualTo(40);

        for (String signal : List.of("KILL", "INT", "TERM")) {
            Process update = start("index", "--index", index.toString(), tmp.resolve("news").toString());
            Thread.sleep(1500); // part-way: the JVM is up and analysing articles
            new ProcessBuilder("kill", "-" + signal, Long.toString(update.pid())).start().waitFor();
            Processes.finish(update, 60);
            Processes.Result search = run("search", "-c", "harbour", "--index", index.toString());
            assertThat(search.status()).as(signal + ": " + search.err()).isZero();
            assertThat(search.err()).isEmpty();
            assertThat(articlesIn(index)).as(signal).isGreaterThanOrEqualTo(40);
        }
        Processes.Result finish = run("index", "--index", index.toString(), tmp.resolve("news").toString());
        assertThat(finish.status()).as(finish.err()).isZero();
        assertThat(articlesIn(index)).isEqualTo(840);
    }
}
