package dev.textdig.output;

/** The {@code text} format: the view's own text, colour only when enabled. */
final class TextWriter<T> implements ResultWriter<T> {
    private final Stdout out;
    private final View<T> view;
    private final Style style;

    TextWriter(Stdout out, View<T> view, Style style) {
        this.out = out;
        this.view = view;
        this.style = style;
    }

    @Override
    public void write(T result) {
        out.write(view.text(result, style));
        out.endRecord();
    }

    @Override
    public void finish(Totals totals) {
        out.flush();
    }
}
