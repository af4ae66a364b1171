package dev.textdig.index;

import dev.textdig.article.InputException;

/** An index on disk that cannot be read or written as asked; its message is one line for the user. */
public class IndexException extends InputException {
    public IndexException(String message) {
        super(message);
    }
}
