package dev.textdig.output;

/** How one command shows a result to people. Input text must go through {@link TerminalText#safe}. */
public interface TextLayout {
    /** The result's lines, each ending in a newline. */
    String render(Row row, Style style);

    /** Lines after the last result, or an empty string. */
    default String summary(Row totals, Style style) {
        return "";
    }
}
