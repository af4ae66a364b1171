package dev.textdig.index;

import dev.textdig.article.Language;

/**
 * Field names of a paragraph document; most are also the query fields users type ({@code kind:title}).
 * Running text and quotations have one field per language ({@code text_en}, {@code text_fr}, named
 * as Solr's field types are), each analysed and scored (BM25) on its own; users type {@code text:}
 * and {@code quote:}, which a query reads in every language of the run.
 */
public final class Fields {
    public static final String FILE = "file";
    public static final String ARTICLE = "article";
    public static final String PARAGRAPH = "paragraph";
    public static final String LINE = "line";
    public static final String KIND = "kind";
    /** The paragraph's article's language code ({@code en}, {@code fr}). */
    public static final String LANGUAGE = "language";
    /** The running text, as users name it; stored under {@link #text(Language)}. */
    public static final String TEXT = "text";
    /** Speakers (resolved names and mentions) of the quotations in a paragraph. */
    public static final String SPEAKER = "speaker";
    /** The quotations' words, as users name them; stored under {@link #quote(Language)}. */
    public static final String QUOTE = "quote";

    private Fields() {
    }

    /** The running text in a language: {@code text_en}. */
    public static String text(Language language) {
        return TEXT + "_" + language.code();
    }

    /** The quotations' words in a language: {@code quote_en}. */
    public static String quote(Language language) {
        return QUOTE + "_" + language.code();
    }

    /** The field a query field stands for in a language: {@code text} and {@code quote} have one per language. */
    static String inLanguage(String field, Language language) {
        return switch (field) {
            case TEXT -> text(language);
            case QUOTE -> quote(language);
            default -> field;
        };
    }
}
