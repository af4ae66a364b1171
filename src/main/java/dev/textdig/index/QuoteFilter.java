package dev.textdig.index;

import dev.textdig.article.Language;
import dev.textdig.quote.Quote;
import dev.textdig.quote.SpeakerMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Selects quotations by speaker, by a Lucene query over their words, and by length. */
public final class QuoteFilter {
    private QuoteFilter() {
    }

    /**
     * @param languages the language of each quotation's article, in the order of {@code quotes}
     * @param speaker   matches any word of the resolved speaker or of the mention, case-insensitively, or null
     * @param query     Lucene syntax over the quotation's words (each read in its own language), or null
     */
    public static boolean[] select(List<Quote> quotes, List<Language> languages, String speaker, String query, int minWords) {
        boolean[] keep = new boolean[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            keep[i] = q.wordCount() >= minWords && (speaker == null || SpeakerMatch.matches(q, speaker));
        }
        if (query != null) {
            boolean[] matching = matchingQuery(quotes, languages, query);
            for (int i = 0; i < keep.length; i++) {
                keep[i] &= matching[i];
            }
        }
        return keep;
    }

    /** A throwaway index of the quotations, as {@link ParagraphIndex} holds paragraphs: a field per language. */
    private static boolean[] matchingQuery(List<Quote> quotes, List<Language> languages, String query) {
        boolean[] out = new boolean[quotes.size()];
        Set<Language> present = EnumSet.noneOf(Language.class);
        present.addAll(languages);
        try (Analyzer analyzer = Analyzers.perField(present);
             ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < quotes.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("i", i));
                    d.add(new StringField(Fields.LANGUAGE, languages.get(i).code(), Field.Store.NO));
                    d.add(new TextField(Fields.text(languages.get(i)), quotes.get(i).text(), Field.Store.NO));
                    Quote q = quotes.get(i);
                    String who = (q.speaker() == null ? "" : q.speaker()) + " " + (q.mention() == null ? "" : q.mention());
                    d.add(new TextField(Fields.SPEAKER, who, Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = new QueryFactory(analyzer, present).parse(query);
                for (ScoreDoc sd : searcher.search(q, Math.max(1, quotes.size())).scoreDocs) {
                    out[searcher.storedFields().document(sd.doc).getField("i").numericValue().intValue()] = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
