package dev.textdig.cli;

import static dev.textdig.testing.Processes.finish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Processes.Result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.textdig.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process tests of the second hostile battery (issue 15) where the launcher or the JVM is involved:
 * concurrency, the environment, locales, signals. Each runs a copy of the launcher beside a copy of
 * the packaged jar (an install with no sources, so it never builds), in a folder of its own.
 */
class LauncherIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");

    /** bin/textdig and target/textdig.jar under {@code dir}, readable by everyone. */
    private static Path install(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(dir.resolve("target"));
        Path launcher = Files.copy(Path.of("bin/textdig"), dir.resolve("bin/textdig"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(JAR), dir.resolve("target/textdig.jar"), StandardCopyOption.REPLACE_EXISTING);
        for (Path p : new Path[] {dir, dir.resolve("bin"), dir.resolve("target"), launcher}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return launcher;
    }

    private static Result run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TEXTDIG_NO_CACHE", "1");
        pb.environment().putAll(env);
        return finish(pb.start(), 120);
    }

    /** Scripts run the tool with xargs -P: every run of a first, concurrent start must succeed. */
    @Test
    void concurrentFirstRunsAllSucceedWhileTheStartupCacheIsMade(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        List<Process> runs = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            runs.clear();
            for (int i = 0; i < 6; i++) {
                runs.add(new ProcessBuilder("bash", launcher.toString(), "search", "-c", "tenant", Fixtures.SAMPLE.toAbsolutePath().toString())
                        .start());
            }
            for (Process p : runs) {
                Result r = finish(p, 180);
                assertThat(r.status()).as(r.err()).isZero();
                assertThat(r.out()).isEqualTo("1\n");
                assertThat(r.err()).isEmpty();
            }
            // Second round: the jar is new again (a rebuild), so the cache key is recomputed by all.
            Files.setLastModifiedTime(dir.resolve("target/textdig.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        }
    }

    @Test
    void startsWithoutHomeAndRefusesWhatItCannotStartWithOneLine(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        String sample = Fixtures.SAMPLE.toAbsolutePath().toString();
        ProcessBuilder noHome = new ProcessBuilder("env", "-u", "HOME", "bash", launcher.toString(), "search", "-c", "tenant", sample);
        Result r = finish(noHome.start(), 120);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();

        for (String var : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"}) {
            Result refused = run(launcher, Map.of(var, "-Xnonsense"), "info", sample);
            assertThat(refused.status()).as(var).isEqualTo(2);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).startsWith("textdig: " + var + ": the JVM refuses them: Unrecognized option: -Xnonsense")
                    .hasLineCount(1);
            Result valid = run(launcher, Map.of(var, "-Xmx300m"), "search", "-c", "tenant", sample);
            assertThat(valid.status()).as(var).isZero();
            assertThat(valid.err()).as("no 'Picked up' line").isEmpty();
        }

        // Started in a folder that was deleted: the JVM cannot start there.
        Path gone = Files.createDirectory(dir.resolve("gone"));
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && rmdir \"$1\" && exec bash \"$2\" info \"$3\"", "sh",
                gone.toString(), launcher.toString(), sample).start();
        Result deleted = finish(p, 60);
        assertThat(deleted.status()).isEqualTo(2);
        assertThat(deleted.out()).as("nothing on stdout, never a JVM trace").isEmpty();
        assertThat(deleted.err()).endsWith("textdig: the current folder no longer exists (it was deleted or moved): cd to another and run again\n");
    }

    /** A read-only checkout with no jar: one line, status 2 (root writes everywhere, so the run drops to nobody). */
    @Test
    void aReadOnlyUnbuiltCheckoutSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path checkout = Files.createDirectory(dir.resolve("checkout"));
        Files.createDirectories(checkout.resolve("bin"));
        Path launcher = Files.copy(Path.of("bin/textdig"), checkout.resolve("bin/textdig"));
        Files.copy(Path.of("pom.xml"), checkout.resolve("pom.xml"));
        for (Path p : new Path[] {dir, checkout.resolve("bin"), launcher}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(checkout, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(checkout.resolve("pom.xml"), PosixFilePermissions.fromString("r--r--r--"));
        List<String> command = new ArrayList<>();
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            Assumptions.assumeTrue(new ProcessBuilder("setpriv", "--version").start().waitFor() == 0, "setpriv, to drop root");
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of("bash", launcher.toString(), "info", Fixtures.SAMPLE.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", System.getenv("PATH") + ":/usr/share/maven/bin");
        Result r = finish(pb.start(), 60);
        Files.setPosixFilePermissions(checkout, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).startsWith("textdig: ");
        assertThat(r.err()).satisfiesAnyOf(
                e -> assertThat(e).startsWith("textdig: cannot build target/textdig.jar: "),
                e -> assertThat(e).startsWith("textdig: Maven (mvn) not found"));
    }

    /** cron, containers and CI run with LANG=C: the same results as in a UTF-8 locale. */
    @Test
    void theSameResultsUnderTheCLocale(@TempDir Path dir) throws Exception {
        Path launcher = install(dir.resolve("install"));
        Path cafe = Files.copy(Fixtures.SAMPLE, dir.resolve("café.txt"));
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        Result listed = run(launcher, c, "search", "-l", "Elysée", cafe.toString());
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo(cafe + "\n");
        Result utf8 = run(launcher, Map.of("LC_ALL", "C.UTF-8"), "search", "--format", "jsonl", "Elysée", cafe.toString());
        Result ascii = run(launcher, c, "search", "--format", "jsonl", "Elysée", cafe.toString());
        assertThat(ascii).isEqualTo(utf8);
        assertThat(ascii.status()).isZero();
    }

    @Test
    void aClosedStdinIsNoInput(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Process p = new ProcessBuilder("bash", "-c", "TEXTDIG_NO_CACHE=1 exec bash \"$1\" info <&-", "sh", launcher.toString()).start();
        Result r = finish(p, 60);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("textdig: no input: give FILE arguments or pipe an article on stdin (see --help)\n");
        Process direct = new ProcessBuilder("bash", "-c", "exec \"$1\" -jar \"$2\" info - <&-", "sh", JAVA, JAR).start();
        Result d = finish(direct, 60);
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).isEqualTo("textdig: -: cannot read: stdin is closed\n");
    }

    private static Path manyParagraphs(Path dir) throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("Paragraph ").append(i).append(" says the council met again on Tuesday to talk about the ferry.\n\n");
        }
        return Files.writeString(dir.resolve("many.txt"), big);
    }

    private static void assertParses(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // reads to the end, or throws
            }
        }
    }

    /** A thread dump is a diagnostic: it goes to stderr, and the JSON document on stdout still parses. */
    @Test
    void aThreadDumpNeverLandsOnStdout(@TempDir Path dir) throws Exception {
        Path launcher = install(dir.resolve("install"));
        Path file = manyParagraphs(dir);
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "paragraphs", "--all", "--format", "json", file.toString());
        pb.environment().put("TEXTDIG_NO_CACHE", "1");
        Process p = pb.start();
        Thread.sleep(1_500); // the JVM has started and handles SIGQUIT
        assertThat(p.isAlive()).as("still running").isTrue();
        assertThat(new ProcessBuilder("kill", "-QUIT", Long.toString(p.pid())).start().waitFor()).isZero();
        Result r = finish(p, 120);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("Full thread dump").startsWith("{\"results\":[");
        assertParses(r.out());
        assertThat(r.err()).contains("Full thread dump");
    }

    /** SIGTERM while the reader has stopped reading: whole records in jsonl, a whole document or nothing in json. */
    @Test
    void aTerminationWithTheReaderStalledLeavesWholeRecords(@TempDir Path dir) throws Exception {
        Path file = manyParagraphs(dir);
        for (String format : new String[] {"jsonl", "json"}) {
            Process p = new ProcessBuilder(JAVA, "-jar", JAR, "paragraphs", "--all", "--format", format, file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            InputStream stdout = p.getInputStream();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // Not reading: the pipe fills and the run blocks in a write (jsonl), or the document's write (json).
            while (stdout.available() == 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            Thread.sleep(3_000); // stalled past any grace period
            String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
            assertThat(p.exitValue()).as(format).isIn(0, 143);
            if (format.equals("jsonl")) {
                assertThat(out).endsWith("\n");
                for (String line : out.split("\n")) {
                    assertParses(line);
                }
            } else if (!out.isEmpty()) {
                assertParses(out);
            }
        }
    }
}
