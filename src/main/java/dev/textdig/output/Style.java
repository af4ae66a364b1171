package dev.textdig.output;

/** ANSI colours for the text format; every method returns its argument unchanged when colour is off. */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    public Style(boolean colour) {
        this.colour = colour;
    }

    /** A match inside a result: bold red, as grep and ripgrep show it. */
    public String match(String s) {
        return wrap("\u001b[1;31m", s);
    }

    /** A file name: magenta, as ripgrep shows it. */
    public String file(String s) {
        return wrap("\u001b[35m", s);
    }

    /** Line and paragraph numbers: green. */
    public String number(String s) {
        return wrap("\u001b[32m", s);
    }

    /** Secondary information (kind, score): dim. */
    public String dim(String s) {
        return wrap("\u001b[2m", s);
    }

    public String bold(String s) {
        return wrap("\u001b[1m", s);
    }

    private String wrap(String code, String s) {
        return colour && !s.isEmpty() ? code + s + RESET : s;
    }
}
