package dev.textdig.output;

import java.util.List;

/**
 * {@code search -l}: the names of the files with a match.
 *
 * @param nul        end each name with NUL ({@code -0}), written as it is, so names with newlines
 *                   reach {@code xargs -0} whole
 * @param toTerminal still escape control characters: a terminal shows the names, and its escapes
 *                   stay out of them
 */
public record FileView(boolean nul, boolean toTerminal) implements View<String> {
    private static final List<String> COLUMNS = List.of("file");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(String file) {
        return new Row().put("file", file);
    }

    @Override
    public String text(String file, Style style) {
        if (nul) {
            return (toTerminal ? TerminalText.name(file) : file) + "\0";
        }
        return style.file(TerminalText.name(file)) + "\n";
    }
}
