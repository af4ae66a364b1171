package dev.textdig.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs textdig in process and captures what a user would see. */
final class Cli {
    record Run(int status, String out, String err) {
        String[] lines() {
            return out.isEmpty() ? new String[0] : out.split("\n");
        }
    }

    private Cli() {
    }

    /** With stdin a terminal (nothing piped). */
    static Run run(String... args) {
        return execute(null, Map.of(), args);
    }

    /** With {@code stdin} piped in. */
    static Run withStdin(String stdin, String... args) {
        return execute(stdin, Map.of(), args);
    }

    static Run execute(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(stdin == null, false, env);
        byte[] in = stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8);
        int status = Main.run(new ByteArrayInputStream(in), out, new PrintWriter(err), terminal, args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
