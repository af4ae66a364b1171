package dev.textdig.output;

import dev.textdig.index.IndexUpdater;
import java.util.List;
import java.util.Locale;

/** {@code index}: what an update did, one row. */
public final class IndexView implements View<IndexUpdater.Summary> {
    private static final List<String> COLUMNS = List.of("articles", "added", "changed", "renewed", "removed", "unchanged",
            "skipped", "bytes_read");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Row fields(IndexUpdater.Summary s) {
        return new Row().put("articles", s.articles()).put("added", s.added()).put("changed", s.changed())
                .put("renewed", s.renewed()).put("removed", s.removed()).put("unchanged", s.unchanged())
                .put("skipped", s.skipped()).put("bytes_read", s.bytesRead());
    }

    @Override
    public String text(IndexUpdater.Summary s, Style style) {
        return String.format(Locale.ROOT, "%s in the index: %d added, %d changed, %d removed, %d unchanged%s%s%n",
                style.bold(s.articles() + (s.articles() == 1 ? " article" : " articles")), s.added(), s.changed(), s.removed(),
                s.unchanged() + s.renewed(), s.renewed() > 0 ? " (" + s.renewed() + " touched, same bytes)" : "",
                s.skipped() > 0 ? ", " + s.skipped() + " skipped" : "");
    }
}
