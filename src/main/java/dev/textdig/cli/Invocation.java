package dev.textdig.cli;

import dev.textdig.output.Stdout;
import dev.textdig.output.TerminalText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One invocation of textdig: its streams and terminal, and the results written so far; commands
 * write results only through {@link #out}.
 */
public final class Invocation {
    final InputStream stdin;
    final Stdout out;
    final PrintWriter err;
    final Terminal terminal;
    /**
     * picocli's help and version text, gathered here and passed to {@link #out} after the run,
     * where a closed or failing stdout is handled like any other output.
     */
    final StringWriter help = new StringWriter();
    /** Results written so far: the exit status when stdout closes early. */
    long written;

    Invocation(InputStream stdin, Stdout out, PrintWriter err, Terminal terminal) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** A diagnostic line on stderr: {@code textdig: message}. */
    void warn(String message) {
        // Messages quote file names, queries and options as typed: escaped like results on a terminal.
        err.println("textdig: " + TerminalText.name(message));
        err.flush();
    }
}
