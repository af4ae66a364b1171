package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.article.Paragraph;
import dev.textdig.quote.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene documents of an article, the same in memory and on disk: one per paragraph, with the
 * speakers and words of the quotations found in it, and one per quotation. An article is known by
 * a number ({@link Fields#ARTICLE}): its place in the run in memory, a number that never changes
 * on disk.
 */
final class Documents {
    /** Text with positions and offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private Documents() {
    }

    /**
     * The article's paragraphs and, with {@code withQuotes}, its quotations as documents of their own.
     *
     * @param markDocuments give each document its {@link Fields#DOC} kind: needed wherever
     *                      documents other than paragraphs sit beside them
     */
    static List<Document> of(int key, Article article, List<Quote> quotations, boolean withQuotes, boolean markDocuments) {
        List<Document> docs = new ArrayList<>(article.paragraphs().size() + quotations.size());
        List<List<Quote>> byParagraph = new ArrayList<>(article.paragraphs().size());
        for (int i = 0; i < article.paragraphs().size(); i++) {
            byParagraph.add(new ArrayList<>(0));
        }
        if (withQuotes) {
            for (Quote q : quotations) {
                byParagraph.get(q.paragraph().number() - 1).add(q);
            }
        }
        for (Paragraph p : article.paragraphs()) {
            docs.add(paragraph(key, article, p, byParagraph.get(p.number() - 1), markDocuments));
        }
        if (withQuotes) {
            for (int i = 0; i < quotations.size(); i++) {
                docs.add(quotation(key, i, quotations.get(i)));
            }
        }
        return docs;
    }

    private static Document paragraph(int key, Article article, Paragraph p, List<Quote> quotes, boolean markDocuments) {
        Document doc = new Document();
        if (markDocuments) {
            doc.add(new StringField(Fields.DOC, Fields.PARAGRAPH_DOC, Field.Store.NO));
        }
        doc.add(new StringField(Fields.FILE, article.file(), Field.Store.YES));
        doc.add(new IntField(Fields.ARTICLE, key, Field.Store.YES));
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

    /**
     * A quotation as a document of its own: its words in its language's field, its speaker and
     * mention as one field, its language; its article's number and its place among the article's
     * quotations, to find it again.
     */
    private static Document quotation(int key, int ordinal, Quote q) {
        Language language = q.article().language();
        Document d = new Document();
        d.add(new StringField(Fields.DOC, Fields.QUOTATION_DOC, Field.Store.NO));
        d.add(new StoredField(Fields.QUOTATION_ARTICLE, key));
        d.add(new StoredField(Fields.QUOTATION, ordinal));
        d.add(new StringField(Fields.QUOTATION_LANGUAGE, language.code(), Field.Store.NO));
        d.add(new TextField(Fields.quotationText(language), q.text(), Field.Store.NO));
        String who = (q.speaker() == null ? "" : q.speaker()) + " " + (q.mention() == null ? "" : q.mention());
        d.add(new TextField(Fields.QUOTATION_SPEAKER, who, Field.Store.NO));
        return d;
    }
}
