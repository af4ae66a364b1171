package dev.textdig.cli;

import dev.textdig.article.InputException;
import dev.textdig.article.Source;
import dev.textdig.article.TextDecoder;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One query of {@code search --queries} and its line in the file (1-based). */
record QueryLine(int line, String text) {

    /** The file's queries: one per line, blank lines skipped, line numbers as an editor shows them. */
    static List<QueryLine> read(String file, InputStream stdin) {
        Source source = new Source(file.equals(Source.STDIN) ? "(stdin)" : file, file.equals(Source.STDIN) ? null : Path.of(file));
        String text = TextDecoder.decode(source.readAll(stdin)).text();
        List<QueryLine> queries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                queries.add(new QueryLine(i + 1, lines[i].strip()));
            }
        }
        if (queries.isEmpty()) {
            throw new InputException(source.name() + ": no queries (one per line)");
        }
        return queries;
    }
}
