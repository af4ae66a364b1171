package dev.textdig.cli;

/** The exit statuses, as grep and ripgrep use them. */
public final class ExitStatus {
    /** Results found ({@code --help} and {@code --version} too). */
    public static final int FOUND = 0;
    /** Ran fine and found nothing. */
    public static final int NOT_FOUND = 1;
    /** An error: bad usage, a query that does not parse, an input that cannot be read. */
    public static final int ERROR = 2;
    /** Interrupted by SIGINT (Ctrl-C): the JVM's own status for it, 128 + 2, listed in --help. */
    public static final int INTERRUPTED = 130;

    /** The exit status list of every command's --help. */
    static final String HELP_FOUND = "0:results found (also --help, --version)";
    static final String HELP_NOT_FOUND = "1:ran fine, found nothing";
    static final String HELP_ERROR = "2:error: bad usage, a query that does not parse, an unreadable input";
    /** For the commands that read no articles ({@code completion}). */
    static final String HELP_USAGE_ERROR = "2:bad usage";
    static final String HELP_INTERRUPTED = INTERRUPTED + ":interrupted (Ctrl-C)";

    private ExitStatus() {
    }

    public static int of(long results) {
        return results > 0 ? FOUND : NOT_FOUND;
    }
}
