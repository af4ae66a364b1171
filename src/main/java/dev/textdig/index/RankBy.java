package dev.textdig.index;

/** What a search ranks: paragraphs, or whole articles (one hit each, its best paragraph). */
public enum RankBy {
    PARAGRAPH,
    ARTICLE
}
