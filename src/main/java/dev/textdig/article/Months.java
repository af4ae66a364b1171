package dev.textdig.article;

/**
 * Month names as regular-expression alternations, English (full or abbreviated: {@code Sept.},
 * {@code June}) and French, for the two date patterns: the date a line reports
 * ({@link MetadataExtractor}) and the date that makes a short line a dateline
 * ({@link ParagraphFeatures}). A month spelled a new way is added here once.
 */
final class Months {
    static final String ENGLISH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    static final String FRENCH = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

    private Months() {
    }
}
