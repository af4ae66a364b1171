package dev.textdig.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A query that does not parse or cannot run; the message is one line for the user. When quoting
 * the query would get past it, the message says so, and names {@code --literal} only for a
 * command that has it ({@link #message(boolean)}).
 */
public class QuerySyntaxException extends RuntimeException {
    private final String problem;
    /** What helps besides (the fields there are), or null. */
    private final String detail;
    private final boolean quotable;

    public QuerySyntaxException(String problem) {
        this(problem, null, false);
    }

    QuerySyntaxException(String problem, String detail, boolean quotable) {
        super(problem);
        this.problem = problem;
        this.detail = detail;
        this.quotable = quotable;
    }

    /** The message for a command with {@code --literal}. */
    @Override
    public String getMessage() {
        return message(true);
    }

    /** @param literalOption whether the command takes {@code --literal}, to suggest it */
    public String message(boolean literalOption) {
        List<String> notes = new ArrayList<>();
        if (detail != null) {
            notes.add(detail);
        }
        if (quotable) {
            notes.add(literalOption ? "quote it, or use --literal" : "quote it");
        }
        return notes.isEmpty() ? problem : problem + " (" + String.join("; ", notes) + ")";
    }
}
