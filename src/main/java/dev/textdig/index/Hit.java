package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.Paragraph;
import dev.textdig.article.Span;
import java.util.List;

/**
 * A paragraph that matched.
 *
 * @param matches the highlighted ranges of {@code paragraph.text()}, in code points
 */
public record Hit(Article article, Paragraph paragraph, double score, List<Span> matches) {
}
