package dev.textdig.quote;

import dev.textdig.article.Article;
import dev.textdig.article.Paragraph;

/**
 * A direct quotation and who said it.
 *
 * @param article   the article it was found in
 * @param paragraph the paragraph holding it
 * @param text      the words inside the marks
 * @param start     offset of the first quoted character in the file, in code points
 * @param end       offset just past the last quoted character, in code points
 * @param speaker   the speaker resolved to a name or body, or null when unknown
 * @param mention   how the text names the speaker at that point ({@code he}, {@code the Elysée tenant}), or null
 * @param cue       the word that introduces it ({@code said}, {@code wrote}, {@code :}, {@code according to}), or null
 * @param kind      a whole sentence or a phrase inside one
 */
public record Quote(Article article, Paragraph paragraph, String text, int start, int end, String speaker, String mention, String cue,
                    QuoteKind kind) {

    public int wordCount() {
        return dev.textdig.article.Words.count(text);
    }
}
