package dev.textdig.index;

import dev.textdig.article.Article;

/** How many paragraphs of an article match a search ({@code search -c}). */
public record FileCount(Article article, long count) {
}
