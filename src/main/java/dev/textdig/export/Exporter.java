package dev.textdig.export;

import dev.textdig.article.Source;
import dev.textdig.index.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import dev.textdig.output.DocumentFormat;
import java.util.function.Consumer;

/**
 * Writes every paragraph and quotation of the files as documents in a search engine's load
 * format, one record (a document with its action line, or an array element) at a time.
 */
public final class Exporter {
    /** What an export wrote. */
    public record Summary(int articles, int paragraphs, int quotations, int unreadable) {
    }

    private final AnalysedFiles files;

    public Exporter(AnalysedFiles files) {
        this.files = files;
    }

    /**
     * @param records receives the format's opening, each record, then its closing: whole records,
     *                for an output that passes on whole records only
     */
    public Summary export(List<Source> sources, DocumentFormat format, Consumer<String> records) {
        int[] counts = new int[3];
        records.accept(format.begin());
        int unreadable = files.forEach(sources, (path, hash) -> true, file -> {
            counts[0]++;
            for (FlatDocument doc : file.documents()) {
                records.accept(format.record(doc, counts[1] + counts[2] == 0));
                if (Fields.PARAGRAPH_DOC.equals(doc.fields().get(Fields.DOC))) {
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            }
        });
        records.accept(format.end());
        return new Summary(counts[0], counts[1], counts[2], unreadable);
    }

    /** The index mapping for OpenSearch and Elasticsearch: the fields' types, text with the {@code english} and {@code french} analyzers. */
    public static byte[] openSearchMapping() {
        try (InputStream in = Exporter.class.getResourceAsStream("opensearch-mapping.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
