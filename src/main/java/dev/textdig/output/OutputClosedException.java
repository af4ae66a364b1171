package dev.textdig.output;

/** Standard output was closed by its reader ({@code | head -1}): stop quietly. */
public class OutputClosedException extends RuntimeException {
    public OutputClosedException(Throwable cause) {
        super("output closed", cause, false, false);
    }
}
