package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.corpus.StoredArticles;
import dev.textdig.corpus.Corpus;
import dev.textdig.quote.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An index on disk that {@link IndexUpdater} wrote: its articles (in file-name order, fetched one
 * at a time when asked for) and its one Lucene index, opened once for every query of the run.
 */
public final class DiskStore implements ArticleStore {
    /**
     * Decoded articles kept at once: enough for the hits of many queries in a {@code --queries} run
     * (each fetch decompresses a block of stored fields), few enough to bound memory.
     */
    private static final int CACHED_ARTICLES = 4096;

    private final Directory directory;
    private final DirectoryReader reader;
    private final Corpus corpus;
    private final Analyzer analyzer;
    private final ParagraphIndex index;

    /**
     * One article document: where it is, its number, its language, and its file name as the doc
     * values' UTF-8 bytes, made a string only when asked for (most runs name a few hits; building
     * 100,000 strings was a tenth of a one-query process).
     */
    private record Entry(int doc, int key, BytesRef nameBytes, Language language) {
        String name() {
            return nameBytes.utf8ToString();
        }
    }

    private DiskStore(Directory directory, DirectoryReader reader, List<Entry> entries, Set<Language> quoted) {
        this.directory = directory;
        this.reader = reader;
        Set<Language> languages = EnumSet.noneOf(Language.class);
        entries.forEach(e -> languages.add(e.language()));
        IndexedArticles stored = new IndexedArticles(reader, entries);
        this.corpus = Corpus.stored(stored, languages, stored::quotationsOf, quoted);
        Set<Language> queried = ParagraphIndex.languagesOf(languages);
        this.analyzer = Analyzers.perField(queried);
        int[] keys = entries.stream().mapToInt(Entry::key).toArray();
        this.index = new ParagraphIndex(corpus, queried, analyzer, null, reader, true, true, keys);
    }

    /** Opens the index at this path for reading; a one-line {@link IndexException} when there is none. */
    public static DiskStore open(Path path) {
        if (!Files.isDirectory(path)) {
            throw new IndexException(path + ": no index there (build one with: textdig index FOLDER --index " + path + ")");
        }
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            directory = FSDirectory.open(path);
            reader = DirectoryReader.open(directory);
            IndexFormat.check(reader.getIndexCommit().getUserData(), path,
                    "rebuild it with: textdig index --rebuild FOLDER... --index " + path);
            return new DiskStore(directory, reader, entries(reader), languagesWithQuotations(reader));
        } catch (IndexNotFoundException e) {
            closeQuietly(reader, directory);
            throw new IndexException(path + ": not a textdig index (build one with: textdig index FOLDER --index " + path + ")");
        } catch (IOException e) {
            closeQuietly(reader, directory);
            throw new IndexException(path + ": cannot read the index: " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(reader, directory);
            throw e;
        }
    }

    /** Every article document, in file-name order (as a folder is read), from doc values only. */
    private static List<Entry> entries(DirectoryReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(new TermQuery(new Term(Fields.DOC, Fields.ARTICLE_DOC)), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            NumericDocValues keys = DocValues.getNumeric(leaf.reader(), Fields.ARTICLE_KEY);
            SortedDocValues names = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_NAME);
            SortedDocValues languages = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_LANGUAGE);
            // A segment holds one or two languages: each is read once, not once an article.
            Language[] languageOfOrd = new Language[languages.getValueCount()];
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                    continue;
                }
                keys.advanceExact(doc);
                names.advanceExact(doc);
                languages.advanceExact(doc);
                BytesRef name = BytesRef.deepCopyOf(names.lookupOrd(names.ordValue()));
                int ord = languages.ordValue();
                if (languageOfOrd[ord] == null) {
                    languageOfOrd[ord] = Language.valueOf(languages.lookupOrd(ord).utf8ToString());
                }
                entries.add(new Entry(leaf.docBase + doc, (int) keys.longValue(), name, languageOfOrd[ord]));
            }
        }
        // Byte order of the UTF-8 names: the order of a folder's sorted walk, and of the file tie-break.
        // The bytes are the doc values' own, kept: encoding the names at each comparison was a
        // quarter of a one-query process at 100,000 articles.
        entries.sort(Comparator.comparing(Entry::nameBytes));
        return entries;
    }

    /** The languages of the quotation documents: a term dictionary, not a pass over the articles. */
    private static Set<Language> languagesWithQuotations(DirectoryReader reader) throws IOException {
        Set<Language> out = EnumSet.noneOf(Language.class);
        Terms terms = MultiTerms.getTerms(reader, Fields.QUOTATION_LANGUAGE);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Language l = Language.ofCode(t.utf8ToString());
                if (l != null) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    @Override
    public Corpus corpus() {
        return corpus;
    }

    @Override
    public ArticleIndex forSearch(List<SearchRequest> requests) {
        return index;
    }

    @Override
    public ArticleIndex forQuotations() {
        return index;
    }

    @Override
    public void close() {
        analyzer.close();
        closeQuietly(reader, directory);
    }

    private static void closeQuietly(DirectoryReader reader, Directory directory) {
        try {
            if (reader != null) {
                reader.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's articles, each decoded from its stored field when first asked for. */
    private static final class IndexedArticles extends StoredArticles {
        private final StoredFields stored;
        private final List<Entry> entries;

        IndexedArticles(DirectoryReader reader, List<Entry> entries) {
            super(CACHED_ARTICLES);
            try {
                this.stored = reader.storedFields();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.entries = entries;
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String file(int position) {
            return entries.get(position).name();
        }

        @Override
        protected ArticleCodec.Stored load(int position, BiConsumer<Integer, ArticleCodec.Stored> alsoLoaded) {
            try {
                BytesRef blob = stored.document(entries.get(position).doc(), Set.of(Fields.ARTICLE_BLOB))
                        .getBinaryValue(Fields.ARTICLE_BLOB);
                return ArticleCodec.decode(BytesRef.deepCopyOf(blob).bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
