package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code textdig search} in a real terminal (tmux, at 80 and 160 columns), through the launcher, as
 * a user types it: colour there and in no pipe, {@code NO_COLOR=1} turns it off, no line longer
 * than the terminal, and no wrapping into a pipe. Skipped where tmux is not installed (CI installs it).
 */
class TerminalIT {
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;:]*[A-Za-z]");

    @TempDir
    Path dir;
    private Path socket;

    @BeforeEach
    void install() throws Exception {
        Assumptions.assumeTrue(tmuxInstalled(), "tmux is not installed");
        Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(dir.resolve("target"));
        Path launcher = Files.copy(Path.of("bin/textdig"), dir.resolve("bin/textdig"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of(JAR), dir.resolve("target/textdig.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.SAMPLE, dir.resolve("a.txt"));
        socket = dir.resolve("tmux.sock");
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null && Files.exists(socket)) {
            tmux("kill-server");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 160})
    void colourOnTheTerminalAndEveryLineFitsIt(int width) throws Exception {
        List<String> lines = typed(width, "bin/textdig search -n 0 Azerbaijan a.txt");
        assertThat(String.join("\n", lines)).contains("\u001b[");
        int longest = lines.stream().mapToInt(TerminalIT::visible).max().orElse(0);
        // Wrapped at the terminal's own width (the launcher asks it), not at a default of 100.
        assertThat(longest).isLessThanOrEqualTo(width).isGreaterThan(width - 25);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 160})
    void noColourWithNoColorSet(int width) throws Exception {
        List<String> lines = typed(width, "NO_COLOR=1 bin/textdig search -n 0 Azerbaijan a.txt");
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("\u001b"));
        assertThat(lines.stream().mapToInt(TerminalIT::visible).max().orElse(0)).isLessThanOrEqualTo(width);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 160})
    void noColourAndNoWrappingIntoAPipe(int width) throws Exception {
        List<String> lines = typed(width, "bin/textdig search -n 0 Azerbaijan a.txt | cat");
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("\u001b"));
        // The longest paragraph (over 200 characters) is one line: the terminal folds it, textdig did not.
        assertThat(lines.stream().mapToInt(TerminalIT::visible).max().orElse(0)).isGreaterThan(200);
    }

    /**
     * Types {@code command} at a bash prompt in a fresh terminal of {@code width} columns and
     * returns what it printed, with colours as escape sequences and the terminal's own folding of
     * long lines undone ({@code capture-pane -e -J}).
     */
    private List<String> typed(int width, String command) throws Exception {
        tmux("-f", "/dev/null", "new-session", "-d", "-x", Integer.toString(width), "-y", "50", "-c", dir.toString(),
                "env -u COLUMNS -u LINES -u NO_COLOR LC_ALL=C.UTF-8 TEXTDIG_NO_CACHE=1 PS1='$ ' bash --norc --noprofile");
        tmux("set-option", "-g", "history-limit", "5000");
        // Keys typed before bash shows its prompt are echoed ahead of it, on the prompt's line: wait for it.
        long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (tmux("capture-pane", "-p").stream().noneMatch(l -> l.startsWith("$"))) { // "$ ", its space trimmed
            assertThat(System.nanoTime()).as("bash showed its prompt").isLessThan(ready);
            Thread.sleep(100);
        }
        tmux("send-keys", "-l", command + "; echo __DO''NE__");
        tmux("send-keys", "Enter");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            List<String> screen = tmux("capture-pane", "-p", "-e", "-J", "-S", "-");
            int start = -1;
            for (int i = 0; i < screen.size(); i++) {
                String plain = SGR.matcher(screen.get(i)).replaceAll("");
                if (start < 0 && plain.contains("$ " + command)) {
                    start = i + 1;
                } else if (start >= 0 && plain.equals("__DONE__")) {
                    return screen.subList(start, i);
                }
            }
            assertThat(System.nanoTime()).as("the command finished in the terminal: %s", screen).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Columns a line takes on the screen (no escape sequences; every character of the sample one column). */
    private static int visible(String line) {
        String plain = SGR.matcher(line).replaceAll("").stripTrailing();
        return plain.codePointCount(0, plain.length());
    }

    private List<String> tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tmux %s: %s", List.of(args), out).isZero();
        return out.lines().toList();
    }

    private static boolean tmuxInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
