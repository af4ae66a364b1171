package dev.textdig.article;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads sources into articles: decode, detect the language, split, classify, read the metadata. */
public final class ArticleReader {
    private final InputStream stdin;
    private final Language forcedLanguage;
    private final Consumer<String> warnings;
    /** Inputs skipped for what they hold (binary, PDF, HTML, the output itself). */
    private int skipped;

    /**
     * @param forcedLanguage the language of every article, or null to decide per article
     * @param warnings       receives one line per problem that does not stop the run
     */
    public ArticleReader(InputStream stdin, Language forcedLanguage, Consumer<String> warnings) {
        this.stdin = stdin;
        this.forcedLanguage = forcedLanguage;
        this.warnings = warnings;
    }

    /**
     * The articles of the sources that can be read, as grep goes on past a file it cannot read.
     *
     * @param unreadable receives the error of each source that cannot be read
     */
    public List<Article> readAll(List<Source> sources, Consumer<InputException> unreadable) {
        List<Article> articles = new ArrayList<>(sources.size());
        for (Source source : sources) {
            try {
                Article article = read(source);
                if (article != null) {
                    articles.add(article);
                } else {
                    skipped++;
                }
            } catch (InputException e) {
                unreadable.accept(e);
            }
        }
        return articles;
    }

    /** How many sources {@link #readAll} skipped for their content, each with a warning. */
    public int skipped() {
        return skipped;
    }

    /** The article, or null when the source is binary or the output itself and was skipped (with a warning). */
    public Article read(Source source) {
        if (StdoutFile.is(source.path())) {
            // textdig ... > news/out.txt: reading its own results as an article, as grep refuses to
            warnings.accept(source.name() + ": input file is also the output, skipped");
            return null;
        }
        return fromBytes(source.name(), source.readAll(stdin));
    }

    /** The article these bytes hold, or null when they are binary, a PDF or HTML (skipped, with a warning). */
    public Article fromBytes(String name, byte[] bytes) {
        String notText = NotText.reason(name, bytes);
        if (notText != null) {
            warnings.accept(name + ": " + notText);
            return null;
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            warnings.accept(name + ": binary file (NUL bytes), skipped");
            return null;
        }
        if (decoded.legacy()) {
            warnings.accept(name + ": not UTF-8, read as Windows-1252");
        }
        if (decoded.firstBadByte() >= 0) {
            warnings.accept(name + ": invalid UTF-8 at byte " + decoded.firstBadByte() + ", replaced with U+FFFD");
        }
        return fromText(name, decoded.text(), forcedLanguage);
    }

    public static Article fromText(String name, String text, Language forcedLanguage) {
        Language language = forcedLanguage != null ? forcedLanguage : LanguageDetector.detect(text);
        List<Paragraph> paragraphs = ParagraphClassifier.classify(ParagraphSplitter.split(text), language);
        return new Article(name, paragraphs, MetadataExtractor.extract(paragraphs), language);
    }
}
