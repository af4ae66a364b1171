package dev.textdig.output;

import dev.textdig.quote.SpeakerCount;
import java.util.List;
import java.util.Locale;

/** {@code quotes --speakers}: {@code count  Speaker (mentions)}, most quoted first. */
public final class SpeakerView implements View<SpeakerCount> {
    private static final List<String> COLUMNS = List.of("speaker", "quotes", "words", "mentions");
    private final Bar bar;
    private final long largest;

    /**
     * @param bar     a bar beside each count (on a terminal), or null
     * @param largest the most quotations of any speaker listed, the bar's full length
     */
    public SpeakerView(Bar bar, long largest) {
        this.bar = bar;
        this.largest = largest;
    }

    public SpeakerView() {
        this(null, 0);
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(SpeakerCount c) {
        return new Row().put("speaker", c.speaker()).put("quotes", c.quotes()).put("words", c.words()).put("mentions", c.mentions());
    }

    @Override
    public String text(SpeakerCount c, Style style) {
        String drawn = bar == null ? "" : bar.draw(c.quotes(), largest) + "  ";
        return String.format(Locale.ROOT, "%5s  %s%s %s%n", c.quotes(), drawn, style.bold(TerminalText.safe(c.speaker())),
                style.dim("(" + TerminalText.safe(String.join(", ", c.mentions())) + ")"));
    }
}
