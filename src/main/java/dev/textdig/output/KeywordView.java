package dev.textdig.output;

import dev.textdig.keyword.Keyword;
import java.util.List;
import java.util.Locale;

/** Keywords in aligned columns: term, count, paragraphs, share (and score with --rank); with --per-file a list per file. */
public final class KeywordView implements View<Keyword> {
    private static final List<String> COLUMNS = List.of("term", "count", "paragraphs", "share", "score", "file");
    /** The columns before the bar: term, count, paragraphs, share (and score). */
    private static final int COUNTS_WIDTH = 58;
    private static final int SCORE_WIDTH = 8;
    private final boolean perFile;
    private final Bar bar;
    private boolean header = true;
    private String lastFile;
    private long largest;

    /**
     * @param terminalWidth the terminal's width for a bar beside each count, or 0 for none
     * @param unicode       whether the bar may use block elements
     */
    public KeywordView(boolean perFile, int terminalWidth, boolean unicode, boolean scored) {
        this.perFile = perFile;
        // As wide as the terminal leaves room for, at most 30 columns; none when under 8.
        int room = terminalWidth - COUNTS_WIDTH - (scored ? SCORE_WIDTH : 0) - 2;
        this.bar = terminalWidth > 0 && room >= 8 ? new Bar(Math.min(30, room), unicode) : null;
    }

    public KeywordView(boolean perFile) {
        this(perFile, 0, false, false);
    }

    /** The count the bars of the list about to be written are drawn against (its largest). */
    public void scaleTo(long largestCount) {
        this.largest = largestCount;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(Keyword k) {
        return new Row().put("term", k.term()).put("count", k.count()).put("paragraphs", k.paragraphs())
                .put("share", k.share()).put("score", k.score()).put("file", k.file());
    }

    @Override
    public String text(Keyword k, Style style) {
        StringBuilder b = new StringBuilder();
        String file = k.file();
        if (perFile && !file.equals(lastFile)) {
            b.append(lastFile == null ? "" : "\n").append(style.file(TerminalText.name(file))).append('\n');
            lastFile = file;
            header = true;
        }
        boolean scored = k.score() != null;
        if (header) {
            b.append(style.dim(String.format(Locale.ROOT, "%-32s %6s %10s %7s%s", "term", "count", "paragraphs", "share",
                    scored ? "   score" : ""))).append('\n');
            header = false;
        }
        String term = TerminalText.safe(k.term());
        b.append(style.bold(term)).append(" ".repeat(Math.max(1, 33 - term.codePointCount(0, term.length()))));
        b.append(String.format(Locale.ROOT, "%6d %10d %6.1f%%", k.count(), k.paragraphs(), 100 * k.share()));
        if (scored) {
            b.append(String.format(Locale.ROOT, " %7.3f", k.score()));
        }
        if (bar != null) {
            b.append("  ").append(bar.draw(k.count(), largest).stripTrailing());
        }
        return b.append('\n').toString();
    }
}
