package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launcher's start-up caches: one per command, each trained on runs of its command that succeed. */
class StartupTrainingTest {

    @Test
    void everyCommandHasACacheOfItsOwnInTheLauncherAndATraining() throws IOException {
        String launcher = Files.readString(Path.of("bin/textdig"));
        Matcher cases = Pattern.compile("case \"\\$\\{1:-}\" in ([a-z|]+)\\) trained=\"\\$1\"").matcher(launcher);
        assertThat(cases.find()).as("the launcher's list of commands with a cache").isTrue();
        assertThat(Set.of(cases.group(1).split("\\|"))).isEqualTo(Main.SUBCOMMANDS.keySet());
        Set<String> trained = new HashSet<>(Main.SUBCOMMANDS.keySet());
        trained.add("help");
        assertThat(StartupTraining.TRAINING.keySet()).isEqualTo(trained);
    }

    @Test
    void eachCommandsTrainingRunsItAndFindsSomething() {
        for (Map.Entry<String, String[][]> cache : StartupTraining.TRAINING.entrySet()) {
            for (String[] line : cache.getValue()) {
                if (!cache.getKey().equals("help")) {
                    assertThat(line[0]).isEqualTo(cache.getKey());
                    assertThat(run(line)).as(String.join(" ", line)).isZero();
                }
            }
        }
    }

    /** The status of {@code args} run as the training runs them, on its article piped in. */
    private static int run(String... args) {
        StringWriter err = new StringWriter();
        byte[] article = StartupTraining.ARTICLE.getBytes(StandardCharsets.UTF_8);
        int status = Main.run(new ByteArrayInputStream(article), OutputStream.nullOutputStream(), new PrintWriter(err, true),
                new Terminal(false, false, Map.of()), args);
        assertThat(err.toString()).as(Arrays.toString(args)).isEmpty();
        return status;
    }
}
