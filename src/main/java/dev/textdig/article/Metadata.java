package dev.textdig.article;

/** What the article's text says about itself; each field is null when the text does not give it. */
public record Metadata(String title, String author, String source, String date) {
}
