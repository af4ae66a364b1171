package dev.textdig.index;

/** Field names of a paragraph document; they are also the query fields users type ({@code kind:title}). */
public final class Fields {
    public static final String FILE = "file";
    public static final String ARTICLE = "article";
    public static final String PARAGRAPH = "paragraph";
    public static final String LINE = "line";
    public static final String KIND = "kind";
    public static final String TEXT = "text";
    /** Speakers (resolved names and mentions) of the quotations in a paragraph. */
    public static final String SPEAKER = "speaker";
    /** The quotations' words. */
    public static final String QUOTE = "quote";

    private Fields() {
    }
}
