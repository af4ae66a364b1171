package dev.textdig.output;

/** The {@code text} format: the command's own layout, colour only when enabled. */
final class TextWriter implements ResultWriter {
    private final Stdout out;
    private final TextLayout layout;
    private final Style style;

    TextWriter(Stdout out, TextLayout layout, Style style) {
        this.out = out;
        this.layout = layout;
        this.style = style;
    }

    @Override
    public void write(Row row) {
        out.write(layout.render(row, style));
        out.endRecord();
    }

    @Override
    public void finish(Row totals) {
        out.write(layout.summary(totals, style));
        out.flush();
    }
}
