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

    /** What a document is: {@link #PARAGRAPH_DOC}, {@link #QUOTATION_DOC} or (on disk) {@link #ARTICLE_DOC}. */
    public static final String DOC = "doc";
    public static final String PARAGRAPH_DOC = "paragraph";
    public static final String QUOTATION_DOC = "quotation";
    public static final String ARTICLE_DOC = "article";

    // An index on disk: every document of an article carries its file's path, so that one term
    // replaces or deletes the article as a whole; the article's own document says what was read
    // (to tell a changed file) and keeps what was found (to answer without reading it again).
    /** The file's absolute path, on every document of the article (indexed only). */
    public static final String SOURCE_PATH = "source_path";
    /** On the article document: its path (doc values), number, name as given, language, size, time, hash. */
    static final String ARTICLE_PATH = "article_path";
    static final String ARTICLE_KEY = "article_key";
    static final String ARTICLE_NAME = "article_name";
    static final String ARTICLE_LANGUAGE = "article_language";
    static final String ARTICLE_SIZE = "article_size";
    static final String ARTICLE_MTIME = "article_mtime";
    public static final String ARTICLE_HASH = "article_hash";
    /** The article and its quotations as {@link dev.textdig.corpus.ArticleCodec} wrote them (stored only). */
    public static final String ARTICLE_BLOB = "article_blob";
    /** A quotation document's place among its article's quotations (stored only). */
    public static final String QUOTATION = "quotation";
    /** A quotation document's article number (stored only). */
    static final String QUOTATION_ARTICLE = "quotation_article";
    /**
     * A quotation document's own fields, apart from the paragraphs' so that the paragraphs' term
     * statistics (BM25) are the same with or without quotation documents beside them.
     */
    public static final String QUOTATION_LANGUAGE = "quotation_language";
    public static final String QUOTATION_SPEAKER = "quotation_speaker";

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

    /** A quotation document's words in a language: {@code quotation_text_en}. */
    static String quotationText(Language language) {
        return "quotation_text_" + language.code();
    }

    /**
     * The field a query field stands for in a quotation document: its words are its {@code text};
     * it has a speaker and a language of its own, and none of a paragraph's other fields.
     */
    static String inQuotation(String field, Language language) {
        return switch (field) {
            case TEXT -> quotationText(language);
            case SPEAKER -> QUOTATION_SPEAKER;
            case LANGUAGE -> QUOTATION_LANGUAGE;
            default -> inLanguage(field, language);
        };
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
