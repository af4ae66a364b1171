package dev.textdig.output;

/**
 * Writes a command's results of one type in one format. Throws {@link OutputClosedException}
 * when stdout closes.
 */
public interface ResultWriter<T> {
    void write(T result);

    /** Ends the output; {@code totals} are the run's figures (written by {@code json}). */
    void finish(Totals totals);
}
