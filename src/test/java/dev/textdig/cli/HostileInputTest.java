package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.textdig.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process rows of the second hostile battery (issue 15): shapes, names and queries. */
class HostileInputTest {

    /** One word of a million letters, a million digits: quadratic in the classifier's patterns before. */
    @Test
    void aMegabyteWordOrRunOfDigitsTakesLinearTime(@TempDir Path dir) throws IOException {
        StringBuilder letters = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 1_000_000; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
            digits.append((char) ('0' + random.nextInt(10)));
        }
        Path word = Files.writeString(dir.resolve("word.txt"), letters);
        Path number = Files.writeString(dir.resolve("digits.txt"), digits);
        for (Path file : new Path[] {word, number}) {
            for (String command : new String[] {"info", "paragraphs"}) {
                Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(command, "--format", "jsonl", file.toString()),
                        command + " " + file.getFileName());
                assertThat(r.status()).as(r.err()).isZero();
            }
        }
    }
}
