package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.article.Paragraph;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of a run's articles: one document per paragraph, furniture included (it is
 * filtered at query time, so {@code --all-paragraphs} needs no second index), with the speakers
 * and words of the quotations found in it. Built in memory.
 *
 * <p>Each paragraph is analysed in its article's language, into that language's fields
 * ({@code text_en}, {@code text_fr}) rather than one field with an analyzer per document: a query
 * must be analysed the way each document was, and separate fields let it be read once per
 * language ({@link QueryFactory}), keep each language's term statistics (BM25) apart, and are how
 * Solr and OpenSearch schemas hold several languages.
 */
public final class ParagraphIndex implements AutoCloseable {
    /** Text with positions and offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final List<Article> articles;
    private final Set<Language> languages;
    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ParagraphIndex(List<Article> articles, Set<Language> languages, Analyzer analyzer, Directory directory,
                           DirectoryReader reader) {
        this.articles = articles;
        this.languages = languages;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the articles, each with the analyzer of its own language. */
    public static ParagraphIndex build(List<Article> articles) {
        return build(articles, true);
    }

    /**
     * @param withQuotes index the quotations' speakers and words ({@code speaker:}, {@code quote:});
     *                   finding them costs start-up time that a plain search need not pay
     */
    public static ParagraphIndex build(List<Article> articles, boolean withQuotes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        articles.forEach(a -> languages.add(a.language()));
        if (languages.isEmpty()) {
            languages.add(Language.EN);
        }
        Analyzer analyzer = Analyzers.perField(languages);
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                Map<Integer, List<Quote>> quotes = new HashMap<>();
                for (Quote q : withQuotes ? QuoteExtractor.extract(article) : List.<Quote>of()) {
                    quotes.computeIfAbsent(q.paragraph().number(), k -> new ArrayList<>()).add(q);
                }
                for (Paragraph p : article.paragraphs()) {
                    writer.addDocument(document(a, article, p, quotes.getOrDefault(p.number(), List.of())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ParagraphIndex(articles, languages, analyzer, directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int articleId, Article article, Paragraph p, List<Quote> quotes) {
        Document doc = new Document();
        doc.add(new StringField(Fields.FILE, article.file(), Field.Store.YES));
        doc.add(new IntField(Fields.ARTICLE, articleId, Field.Store.YES));
        doc.add(new IntField(Fields.PARAGRAPH, p.number(), Field.Store.YES));
        doc.add(new IntField(Fields.LINE, p.line(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, p.kind().label(), Field.Store.YES));
        Language language = article.language();
        doc.add(new StringField(Fields.LANGUAGE, language.code(), Field.Store.NO));
        doc.add(new Field(Fields.text(language), p.text(), TEXT_TYPE));
        // Who is quoted here and what they said: speaker:macron, quote:"must stop".
        for (Quote q : quotes) {
            for (String who : new String[] {q.speaker(), q.mention()}) {
                if (who != null) {
                    doc.add(new TextField(Fields.SPEAKER, who, Field.Store.NO));
                }
            }
            doc.add(new TextField(Fields.quote(language), q.text(), Field.Store.NO));
        }
        return doc;
    }

    public List<Article> articles() {
        return articles;
    }

    /** The languages of the run's articles (English when there are none). */
    public Set<Language> languages() {
        return languages;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
