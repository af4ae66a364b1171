package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import dev.textdig.article.Paragraph;
import dev.textdig.article.Stopwords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An index for term statistics: the content paragraphs (furniture left out) with their words
 * analysed for counting (a long stopword list, stems unless asked not to) and stored as term
 * vectors with positions and offsets, so that each paragraph's terms can be read back in order with
 * the exact words of the text they came from.
 */
public final class TermIndex implements AutoCloseable {
    private static final String TERMS = "terms";
    private static final FieldType TERMS_TYPE = new FieldType();

    static {
        TERMS_TYPE.setTokenized(true);
        TERMS_TYPE.setStored(false);
        TERMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TERMS_TYPE.setStoreTermVectors(true);
        TERMS_TYPE.setStoreTermVectorPositions(true);
        TERMS_TYPE.setStoreTermVectorOffsets(true);
        TERMS_TYPE.freeze();
    }

    /** One analysed word: its term, its position in the paragraph's token stream, and its offsets (chars) in the text. */
    public record Token(String term, int position, int start, int end) {
    }

    /** A paragraph of the index and the article it belongs to. */
    public record Entry(int article, Paragraph paragraph) {
    }

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final List<Entry> entries;

    private TermIndex(ByteBuffersDirectory directory, DirectoryReader reader, List<Entry> entries) {
        this.directory = directory;
        this.reader = reader;
        this.entries = entries;
    }

    /**
     * @param kinds     the kinds of paragraph to count; empty for every kind but furniture
     * @param stem      group forms by their stem
     * @param extraStop more words to leave out
     */
    public static TermIndex build(List<Article> articles, Set<Kind> kinds, boolean stem, Set<String> extraStop) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Entry> entries = new ArrayList<>();
        Language language = articles.stream().map(Article::language)
                .reduce((a, b) -> a == b ? a : Language.EN).orElse(Language.EN);
        try (Analyzer analyzer = analyzer(language, stem, extraStop);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int a = 0; a < articles.size(); a++) {
                for (Paragraph p : articles.get(a).paragraphs()) {
                    if (!p.selectedBy(kinds, false)) {
                        continue;
                    }
                    Document d = new Document();
                    d.add(new StoredField("entry", entries.size()));
                    d.add(new Field(TERMS, p.text(), TERMS_TYPE));
                    writer.addDocument(d);
                    entries.add(new Entry(a, p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new TermIndex(directory, DirectoryReader.open(directory), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words, stopwords left out (with a gap in positions where they stood, so phrases never span
     * them), possessives dropped, stemmed with Porter (English) or Lucene's light French stemmer.
     */
    static Analyzer analyzer(Language language, boolean stem, Set<String> extraStop) {
        Set<String> stop = new HashSet<>(Stopwords.of(language));
        stop.addAll(extraStop);
        if (language == Language.FR) {
            FrenchAnalyzer.getDefaultStopSet().forEach(w -> stop.add(new String((char[]) w)));
        }
        CharArraySet stopSet = new CharArraySet(stop, true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = source;
                if (language == Language.FR) {
                    s = new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES);
                } else {
                    s = new EnglishPossessiveFilter(s);
                }
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stopSet);
                if (stem) {
                    s = language == Language.FR ? new FrenchLightStemFilter(s) : new PorterStemFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Each indexed paragraph with its tokens in text order, in the order they were indexed. */
    public void forEach(java.util.function.BiConsumer<Entry, List<Token>> visitor) {
        try {
            var stored = reader.storedFields();
            List<List<Token>> byEntry = new ArrayList<>(java.util.Collections.nCopies(entries.size(), List.of()));
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                int entry = stored.document(doc).getField("entry").numericValue().intValue();
                byEntry.set(entry, tokens(doc));
            }
            for (int i = 0; i < entries.size(); i++) {
                visitor.accept(entries.get(i), byEntry.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraph's tokens in text order, read from its term vector. */
    private List<Token> tokens(int doc) {
        List<Token> out = new ArrayList<>();
        try {
            Terms terms = reader.termVectors().get(doc, TERMS);
            if (terms == null) {
                return out;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                String t = term.utf8ToString();
                postings = te.postings(postings, PostingsEnum.ALL);
                postings.nextDoc();
                for (int i = 0; i < postings.freq(); i++) {
                    int position = postings.nextPosition();
                    out.add(new Token(t, position, postings.startOffset(), postings.endOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((x, y) -> Integer.compare(x.position(), y.position()));
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
