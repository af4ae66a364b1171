package dev.textdig.output;

/** Standard output could not take the results (a full disk, an I/O error): an error, status 2. */
public class OutputFailedException extends RuntimeException {
    public OutputFailedException(String reason, Throwable cause) {
        super("cannot write the results: " + reason, cause, false, false);
    }
}
