package dev.textdig.index;

/** A query that does not parse or cannot run; the message is one line for the user. */
public class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
