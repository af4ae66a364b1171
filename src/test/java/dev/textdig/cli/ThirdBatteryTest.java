package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-process rows of textdig's own widened battery (issue 15, what grep and ripgrep do). */
class ThirdBatteryTest {

    /** grep: "grep: : No such file or directory", status 2. textdig read the current folder. */
    @Test
    void anEmptyNameIsNoFileNotTheCurrentFolder() {
        Run r = Cli.run("search", "-c", "tenant", "");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("textdig: '': no such file or folder (the name is empty)\n");
    }

    /**
     * Past the system's path limit (4,096 bytes) a folder cannot be opened by its path; grep -r
     * opens it folder by folder ({@code openat}), and so does textdig: the file is found and read,
     * named by the folder given joined with its path below it, as grep names it.
     */
    @Test
    void aFolderPastThePathLimitIsWalkedAndItsFilesRead(@TempDir Path dir) throws Exception {
        String name = "d".repeat(200);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && mkdir deep && cd deep && for i in $(seq 25); do mkdir \"$2$i\" && cd \"$2$i\"; done "
                + "&& printf 'A deep title\\n\\nThe council met.\\n' > a.txt", "sh", dir.toString(), name).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        Path deep = dir.resolve("deep");
        try {
            StringBuilder below = new StringBuilder();
            for (int i = 1; i <= 25; i++) {
                below.append(name).append(i).append('/');
            }
            String file = deep + "/" + below + "a.txt";
            assertThat(file.length()).isGreaterThan(4096);
            Run names = Cli.run("search", "-l", "council", deep.toString());
            assertThat(names.status()).as(names.err()).isZero();
            assertThat(names.out()).isEqualTo(file + "\n");
            assertThat(names.err()).isEmpty();
            Run text = Cli.run("paragraphs", "--format", "tsv", deep.toString());
            assertThat(text.status()).as(text.err()).isZero();
            assertThat(text.out()).contains(file + "\t").contains("A deep title").contains("The council met.");
            String index = dir.resolve("news.idx").toString();
            Run indexed = Cli.run("index", deep.toString(), "--index", index);
            assertThat(indexed.status()).as(indexed.err()).isZero();
            assertThat(Cli.run("search", "-l", "council", "--index", index).out()).isEqualTo(file + "\n");
            // Typed whole, as grep takes it: the file, and its folder.
            Run typed = Cli.run("search", "-c", "council", file);
            assertThat(typed.status()).as(typed.err()).isZero();
            assertThat(typed.out()).isEqualTo("1\n");
            String folder = file.substring(0, file.length() - "/a.txt".length());
            assertThat(Cli.run("search", "-l", "council", folder).out()).isEqualTo(file + "\n");
            Run missing = Cli.run("info", folder + "/missing.txt");
            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).isEqualTo("textdig: " + folder + "/missing.txt: no such file or folder\n");
        } finally {
            // Java cannot remove it either (JUnit's clean-up would fail); rm works by folder, as grep reads.
            new ProcessBuilder("rm", "-rf", deep.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
