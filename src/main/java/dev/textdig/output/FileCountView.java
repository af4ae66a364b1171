package dev.textdig.output;

import dev.textdig.index.FileCount;
import java.util.List;

/** {@code search -c}: each file's number of matching paragraphs, as {@code file:count} (the count alone when one file was named, as grep). */
public record FileCountView(boolean single) implements View<FileCount> {
    @Override
    public List<String> columns() {
        return List.of("file", "count");
    }

    @Override
    public Row fields(FileCount c) {
        return new Row().put("file", c.file()).put("count", c.count());
    }

    @Override
    public String text(FileCount c, Style style) {
        return single ? c.count() + "\n" : style.file(TerminalText.name(c.file())) + ":" + c.count() + "\n";
    }
}
