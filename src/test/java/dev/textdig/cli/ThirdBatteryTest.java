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

    /** Past the system's path limit (4,096 bytes) a folder cannot be read by its path: the message says why. */
    @Test
    void aFolderPastThePathLimitSaysWhyItCannotBeRead(@TempDir Path dir) throws Exception {
        String name = "d".repeat(200);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && mkdir deep && cd deep && for i in $(seq 25); do mkdir \"$2$i\" && cd \"$2$i\"; done "
                + "&& echo 'The council met.' > a.txt", "sh", dir.toString(), name).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        Run r = Cli.run("search", "-c", "council", dir.resolve("deep").toString());
        // Java cannot remove it either (JUnit's clean-up would fail); rm works by folder, as grep reads.
        new ProcessBuilder("rm", "-rf", dir.resolve("deep").toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("textdig: " + dir.resolve("deep")).endsWith(": cannot read folder: file name too long\n")
                .hasLineCount(1);
    }
}
