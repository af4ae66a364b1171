package dev.textdig.output;

import java.util.List;

/**
 * How one type of result is shown: its TSV columns, its named fields for {@code tsv}, {@code jsonl}
 * and {@code json} (a new output field goes here), and its text for people. Text from the input
 * goes through {@link TerminalText#safe} (file names through {@link TerminalText#name}).
 *
 * @param <T> the result type
 */
public interface View<T> {
    /** The TSV columns, in order; the JSON formats write every field. */
    List<String> columns();

    /** The result's fields, in order. */
    Row fields(T result);

    /** The result's lines, each ending in a newline. */
    String text(T result, Style style);
}
