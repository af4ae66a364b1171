package dev.textdig.cli;

import static dev.textdig.testing.Processes.finish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Processes.Result;

import dev.textdig.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process rows of textdig's own widened battery (issue 15): what a script's environment does to a
 * run, against what grep and ripgrep do. Shell lines run in bash, as a script would run them.
 */
class EnvironmentIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");


    /** Runs a bash line with $1 the folder, $2 java, $3 the jar, $4 the launcher (a copy beside a copy of the jar). */
    private static Result bash(Path dir, String line, String... env) throws Exception {
        Path install = dir.resolve("install");
        if (!Files.exists(install)) {
            Files.createDirectories(install.resolve("bin"));
            Files.createDirectories(install.resolve("target"));
            Files.copy(Path.of("bin/textdig"), install.resolve("bin/textdig"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of(JAR), install.resolve("target/textdig.jar"), StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(install.resolve("bin/textdig"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new ArrayList<>(List.of("env"));
        command.addAll(List.of(env));
        command.addAll(List.of("TEXTDIG_NO_CACHE=1", "bash", "-c", "cd \"$1\" || exit 9; " + line, "sh", dir.toString(), JAVA, JAR, install.resolve("bin/textdig").toString()));
        return finish(new ProcessBuilder(command).start(), 120);
    }

    /**
     * {@code textdig ... news > news/out.txt}, or {@code >>} run after run: grep says "input file is
     * also the output" and skips it. textdig read its own results back as an article.
     */
    @Test
    void theFileTheResultsGoToIsNotReadAsAnArticle(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("news"));
        Files.copy(Fixtures.SAMPLE, dir.resolve("news/a.txt"));
        Result once = bash(dir, "\"$2\" -jar \"$3\" keywords -n 3 --format tsv news > news/out.txt && cat news/out.txt");
        assertThat(once.status()).isZero();
        assertThat(once.err()).isEqualTo("textdig: news/out.txt: input file is also the output, skipped\n");
        Result twice = bash(dir, "\"$2\" -jar \"$3\" keywords -n 3 --format tsv news >> news/out.txt 2>/dev/null && cat news/out.txt");
        assertThat(twice.out()).isEqualTo(once.out() + once.out()); // the same results, not the first ones counted in
    }

    /**
     * A locale named UTF-8 but not installed (LANG=en_US.UTF-8 in a container with only C.UTF-8):
     * the C library falls back to ASCII, and the JVM decoded the query 'Elysée' and the name
     * café.txt as ASCII. The same results as in C.UTF-8 are expected.
     */
    @Test
    void aUtf8LocaleThatIsNotInstalledGivesTheSameResults(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.SAMPLE, dir.resolve("café.txt"));
        Result missing = bash(dir, "exec bash \"$4\" search -c Elysée café.txt", "-u", "LC_ALL", "-u", "LC_CTYPE", "LANG=zz_ZZ.UTF-8");
        Result utf8 = bash(dir, "exec bash \"$4\" search -c Elysée café.txt", "LC_ALL=C.UTF-8");
        assertThat(utf8.out()).isEqualTo("1\n");
        assertThat(missing).isEqualTo(utf8);
    }

    /** Stopped (SIGSTOP, ^Z) and continued mid-output: the same output and status as a run left alone. */
    @Test
    void aRunStoppedAndContinuedGivesTheSameOutput(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            big.append("Paragraph ").append(i).append(" says the council met again on Tuesday.\n\n");
        }
        Files.writeString(dir.resolve("many.txt"), big);
        String run = "\"$2\" -jar \"$3\" paragraphs --all --format jsonl many.txt";
        Result alone = bash(dir, run + " | md5sum");
        Result stopped = bash(dir, run + " > out.jsonl & pid=$!; sleep 1; kill -STOP $pid; sleep 1; kill -CONT $pid; wait $pid; "
                + "echo status $?; md5sum < out.jsonl");
        assertThat(stopped.out()).isEqualTo("status 0\n" + alone.out());
        assertThat(stopped.err()).isEmpty();
    }

    /**
     * Below a folder past the system's path limit (4,096 bytes), a script redirects the results into
     * that folder (the shell opens it from there): grep skips its output file, and so does textdig,
     * which finds it by its inode there too. Started from inside such a folder, the JVM cannot start
     * (it asks for the current folder's path): grep works there; the launcher says why in one line.
     */
    @Test
    void belowAFolderPastThePathLimitTheOutputFileIsSkippedAndTheLauncherSaysWhyItCannotStart(@TempDir Path dir) throws Exception {
        String down = "n=$(printf 'd%.0s' $(seq 200)); cd deep && for i in $(seq 25); do cd \"$n$i\" || exit 9; done; ";
        Result r = bash(dir, "mkdir deep && (n=$(printf 'd%.0s' $(seq 200)); cd deep && for i in $(seq 25); do mkdir \"$n$i\" && cd \"$n$i\"; done "
                + "&& printf 'A title\\n\\nThe council met.\\n' > a.txt) && (" + down + "exec 3> out.txt; cd \"$1\" "
                + "&& \"$2\" -jar \"$3\" search -c council deep >&3 && \"$2\" -jar \"$3\" search -c council deep >&3; echo \"java $?\" >&2); "
                + "(" + down + "echo \"grep $(grep -c council a.txt)\"; bash \"$4\" info a.txt; echo \"launcher $?\"; grep -c ':1$' out.txt); "
                + "cd \"$1\" && rm -rf deep"); // Java could not remove it (JUnit's clean-up would fail)
        assertThat(r.err()).contains("out.txt: input file is also the output, skipped\n").contains("java 0\n")
                .contains("textdig: the current folder is past the system's path limit (4,096 bytes), where Java cannot start: "
                        + "cd to a folder above it and give the path from there\n")
                .doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEqualTo("grep 1\nlauncher 2\n2\n"); // a.txt found once by each run, out.txt not read back
    }
}
