package dev.textdig.cli;

/** A command line that makes no sense (bad option values, conflicting options); exit status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
