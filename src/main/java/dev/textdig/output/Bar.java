package dev.textdig.output;

/**
 * A proportional bar beside a count, for people looking at a terminal: Unicode block elements to
 * an eighth of a cell where the terminal can show them, {@code #} where it cannot (a locale that
 * is not UTF-8, the Linux console's font). Never in tsv or JSON: only text views draw it.
 *
 * @param width   the longest bar, in columns
 * @param unicode whether block elements can be shown
 */
public record Bar(int width, boolean unicode) {
    /** Full block, then seven eighths down to one eighth. */
    private static final String[] EIGHTHS = {"", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"};
    private static final String FULL = "\u2588";

    /** The bar for {@code value} of {@code max}, padded to {@link #width} columns; any count above 0 shows. */
    public String draw(long value, long max) {
        if (max <= 0 || value <= 0) {
            return " ".repeat(width);
        }
        long v = Math.min(value, max);
        if (unicode) {
            long eighths = Math.max(1, Math.round((double) v * width * 8 / max));
            int full = (int) (eighths / 8);
            String partial = EIGHTHS[(int) (eighths % 8)];
            return FULL.repeat(full) + partial + " ".repeat(width - full - (partial.isEmpty() ? 0 : 1));
        }
        int cells = (int) Math.max(1, Math.round((double) v * width / max));
        return "#".repeat(cells) + " ".repeat(width - cells);
    }
}
