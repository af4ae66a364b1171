package dev.textdig.output;

/** Writes a command's results in one format. Throws {@link OutputClosedException} when stdout closes. */
public interface ResultWriter {
    void write(Row row);

    /** Ends the output; {@code totals} are the run's figures (used by {@code json} and text summaries). */
    void finish(Row totals);
}
