package dev.textdig.article;

/** An input that cannot be read; its message is one line meant for the user. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
