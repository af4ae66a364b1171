package dev.textdig.article;

import java.util.List;

/**
 * A decoded, split and classified article.
 *
 * @param file       the name as given on the command line ({@code -} for stdin)
 * @param paragraphs every paragraph in file order, furniture included
 *
 * <p>The decoded text itself is not kept: every answer is made from the paragraphs, and keeping it
 * would hold a large file twice and store it twice in an index on disk.
 */
public record Article(String file, List<Paragraph> paragraphs, Metadata metadata, Language language) {

    /** The paragraphs that are not page furniture. */
    public List<Paragraph> content() {
        return paragraphs.stream().filter(p -> !p.isFurniture()).toList();
    }

    public int wordCount() {
        int words = 0;
        for (Paragraph p : content()) {
            words += Words.count(p.text());
        }
        return words;
    }
}
