package dev.textdig.testing;

import dev.textdig.cli.Main;
import dev.textdig.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one harness for running textdig in process (command tests, properties, fuzz targets):
 * stdin as bytes or a terminal, stdout a terminal or not, and what a user would see. A
 * {@link Run} shows its status, stdout and stderr when an assertion on it fails.
 */
public final class Cli {
    /** What a run gave: its exit status, stdout and stderr. */
    public record Run(int status, String out, String err) {
        public String[] lines() {
            return out.isEmpty() ? new String[0] : out.split("\n");
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private Cli() {
    }

    /** With stdin a terminal (nothing piped). */
    public static Run run(String... args) {
        return execute((byte[]) null, Map.of(), args);
    }

    /** With {@code stdin} piped in. */
    public static Run withStdin(String stdin, String... args) {
        return execute(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
    }

    /** With these bytes piped in. */
    public static Run withStdin(byte[] stdin, String... args) {
        return execute(stdin, Map.of(), args);
    }

    /** With these environment variables. */
    public static Run execute(String stdin, Map<String, String> env, String... args) {
        return execute(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), env, args);
    }

    /**
     * @param stdin the bytes piped in, or null for a terminal on stdin
     */
    public static Run execute(byte[] stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run run = execute(stdin, out, false, env, args);
        return new Run(run.status(), out.toString(StandardCharsets.UTF_8), run.err());
    }

    /**
     * Into a stdout of the caller's (one that fails, or a terminal), whose text the run's
     * {@code out} then leaves empty.
     */
    public static Run execute(byte[] stdin, OutputStream stdout, boolean stdoutIsTerminal, Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(stdin == null, stdoutIsTerminal, env);
        byte[] in = stdin == null ? new byte[0] : stdin;
        int status = Main.run(new ByteArrayInputStream(in), stdout, new PrintWriter(err), terminal, args);
        return new Run(status, "", err.toString());
    }
}
