package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user's shell would: real stdin, stdout, stderr and exit status. */
class ProcessIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");

    record Result(int status, String out, String err) {
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static Result run(byte[] stdin, String... args) throws Exception {
        Process p = start(args);
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void readsStdinAndExitsZeroWithACleanStderr() throws Exception {
        Result r = run(Files.readAllBytes(Fixtures.SAMPLE), "search", "--format", "tsv", "Elysée tenant");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("match\t1\t-\t6\t11\t");
    }

    @Test
    void exitStatusesOneAndTwo() throws Exception {
        Result none = run(null, "search", "Follow*", Fixtures.SAMPLE.toString());
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).isEmpty();
        Result bad = run(null, "search", "title:(", Fixtures.SAMPLE.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1).allMatch(l -> l.startsWith("textdig: "));
        Result missing = run(null, "info", "missing.txt");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("textdig: missing.txt: no such file or folder\n");
    }

    /** The jar says which commit it was built from: git's answer here, or unknown with no .git. */
    @Test
    void versionNamesTheCommitTheJarWasBuiltFrom() throws Exception {
        String expected = "unknown";
        if (Files.exists(Path.of(".git"))) {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").start();
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor() == 0) {
                expected = head;
            }
        }
        Result r = run(null, "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).hasSize(4).element(1).isEqualTo("commit " + expected);
        assertThat(r.out()).contains("\nJava " + Runtime.version(), "\nLucene 10.");
    }

    @Test
    void oneMissingFileAmongOthersIsNamedAndTheOthersAreRead() throws Exception {
        Result r = run(null, "search", "-l", "Azerbaijan", "missing.txt", Fixtures.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(Fixtures.SAMPLE + "\n");
        assertThat(r.err()).isEqualTo("textdig: missing.txt: no such file or folder\n");
    }

    @Test
    void stopsQuietlyWhenTheReaderGoesAway(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            big.append("Paragraph ").append(i).append(" says the council met again on Tuesday to talk about the ferry.\n");
        }
        Path file = Files.writeString(dir.resolve("big.txt"), big);
        Process p = start("paragraphs", "--all", "--format", "jsonl", file.toString());
        p.getOutputStream().close();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).startsWith("{\"file\":");
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended after stdout closed").isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void launcherRefusesJvmOptionsTheJvmRefusesWithStatusTwo() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "bin/textdig", "info", Fixtures.SAMPLE.toString());
        pb.environment().put("TEXTDIG_JAVA_OPTS", "-Xnonsense");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).startsWith("textdig: TEXTDIG_JAVA_OPTS: the JVM refuses them: Unrecognized option: -Xnonsense").hasLineCount(1);
    }

    @Test
    void launcherRunsTheJar() throws Exception {
        Process p = new ProcessBuilder("bash", "bin/textdig", "search", "-c", "tenant", Fixtures.SAMPLE.toString()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("1\n");
    }

    /**
     * Starts the jar with SIGINT at its default action: a shell that starts a job in the background
     * without job control makes it ignore SIGINT, and the JVM keeps an ignored SIGINT ignored.
     */
    private static Process startInterruptible(String... args) throws IOException {
        Assumptions.assumeTrue(new ProcessBuilder("env", "--default-signal=INT", "true").start().onExit().join().exitValue() == 0,
                "env --default-signal (coreutils 8.31+)");
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static void interrupt(Process p) throws Exception {
        // env execs java, so the process is the JVM
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor()).isZero();
    }

    private static Path manyParagraphs(Path dir, int count) throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < count; i++) {
            big.append("Paragraph ").append(i).append(" says the council met again on Tuesday to talk about the ferry")
                    .append(i % 7 == 0 ? " and the “harbour fees” with the mayor." : ".").append("\n\n");
        }
        return Files.writeString(dir.resolve("many.txt"), big);
    }

    @Test
    void anInterruptEndsTheOutputWithAWholeRecordAndStatus130(@TempDir Path dir) throws Exception {
        Path file = manyParagraphs(dir, 100_000);
        Process p = startInterruptible("paragraphs", "--all", "--format", "tsv", file.toString());
        p.getOutputStream().close();
        var stdout = p.getInputStream();
        // Not reading: the first pass fills the pipe and the run blocks in the middle of a write.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stdout.available() == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        interrupt(p);
        Thread.sleep(500); // a slow reader: the write in progress must still end with a whole record
        String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("ended after SIGINT").isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(out).endsWith("\n");
        String[] lines = out.split("\n");
        assertThat(lines.length).as("stopped before the end").isBetween(2, 100_000);
        int columns = lines[0].split("\t", -1).length;
        for (String line : lines) {
            assertThat(line.split("\t", -1)).as(line).hasSize(columns);
        }
        assertThat(lines[lines.length - 1]).matches(".*\tParagraph \\d+ says the council .*");
    }

    @Test
    void anInterruptWhileCountingEndsPromptlyWithNoOutput(@TempDir Path dir) throws Exception {
        Path file = manyParagraphs(dir, 200_000);
        Process p = startInterruptible("keywords", "--rank", "--ngrams", "1-3", "--format", "jsonl", file.toString());
        p.getOutputStream().close();
        Thread.sleep(1_500);
        assertThat(p.isAlive()).as("still counting after 1.5 s").isTrue();
        interrupt(p);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("ended after SIGINT").isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(p.getInputStream().readAllBytes()).as("no results from a run cut short").isEmpty();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * A file the user may not read. Root reads everything, so as root the jar runs as {@code nobody}
     * (setpriv); the folder, the jar and the JDK must then be readable by others.
     */
    @Test
    void anUnreadableFileIsPermissionDenied(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.copy(Path.of(JAR), dir.resolve("textdig.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Path news = Files.createDirectory(dir.resolve("news"));
        Files.setPosixFilePermissions(news, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(news.resolve("a-open.txt"), "A readable title\n\nThe council met on Tuesday.\n");
        Path locked = Files.writeString(news.resolve("b-locked.txt"), "A locked title\n\nThe council met on Monday.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        List<String> prefix = new ArrayList<>();
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            Assumptions.assumeTrue(new ProcessBuilder("setpriv", "--version").start().waitFor() == 0, "setpriv, to drop root");
            prefix.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        Path sealed = Files.createDirectory(dir.resolve("sealed"));
        Files.writeString(sealed.resolve("a.txt"), "A title\n\nThe council met.\n");
        Path inner = Files.createDirectory(sealed.resolve("private"));
        Files.writeString(inner.resolve("b.txt"), "A title\n\nThe council met.\n");
        Files.setPosixFilePermissions(sealed, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(inner, PosixFilePermissions.fromString("---------"));
        Map<String, String> expected = Map.of(
                "news/b-locked.txt", "textdig: news/b-locked.txt: permission denied\n",
                "news", "textdig: news/b-locked.txt: permission denied\n",
                "sealed", "textdig: sealed/private: permission denied\n");
        for (String arg : expected.keySet()) {
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(JAVA, "-jar", jar.toString(), "info", arg));
            Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Assumptions.assumeFalse(err.contains("Unable to access jarfile") || err.contains("Error occurred during initialization"),
                    "the JDK or the jar is not readable by nobody: " + err);
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err).isEqualTo(expected.get(arg));
            if (arg.equals("news")) {
                // the readable file beside the locked one is still read, as grep -r does
                assertThat(out).startsWith("file:                   news/a-open.txt\n");
            } else {
                assertThat(out).isEmpty();
            }
        }
    }

    @Test
    void aFullDiskIsAnErrorButAClosedStdoutIsNot() throws Exception {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full");
        Process full = new ProcessBuilder(JAVA, "-jar", JAR, "paragraphs", Fixtures.SAMPLE.toString())
                .redirectOutput(new java.io.File("/dev/full")).start();
        String err = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("textdig: cannot write the results: No space left on device\n");

        // Closed before the start: the JVM may hand descriptor 1 to a file of its own meanwhile.
        Process closed = new ProcessBuilder("sh", "-c", "exec \"$0\" -jar \"$1\" search tenant \"$2\" >&-",
                JAVA, JAR, Fixtures.SAMPLE.toString()).start();
        String closedErr = new String(closed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(closed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(closedErr).isEmpty();
        assertThat(closed.exitValue()).isZero();
    }
}
