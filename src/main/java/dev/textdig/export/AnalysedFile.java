package dev.textdig.export;

import dev.textdig.article.Article;
import dev.textdig.quote.Quote;
import java.util.List;

/**
 * A file read and analysed for sending elsewhere.
 *
 * @param path       the file's absolute path ({@code -} for stdin), part of its documents' ids
 * @param size       its length in bytes
 * @param sha256     its bytes' SHA-256, in hex
 * @param article    what was found, or null when it was not analysed (unchanged since last sent)
 * @param quotations the article's quotations (empty when it was not analysed)
 */
public record AnalysedFile(String name, String path, long size, String sha256, Article article, List<Quote> quotations) {

    public String articleId() {
        return FlatDocuments.articleId(path, sha256);
    }

    /** Its paragraphs and quotations as documents (the article analysed). */
    public List<FlatDocument> documents() {
        return FlatDocuments.of(articleId(), path, article, quotations);
    }
}
