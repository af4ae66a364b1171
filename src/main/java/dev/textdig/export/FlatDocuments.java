package dev.textdig.export;

import static dev.textdig.index.Fields.ARTICLE;
import static dev.textdig.index.Fields.SOURCE_PATH;
import static dev.textdig.index.Fields.QUOTATION;
import static dev.textdig.index.Fields.QUOTATION_LANGUAGE;
import static dev.textdig.index.Fields.QUOTATION_SPEAKER;
import static dev.textdig.index.Fields.ARTICLE_HASH;
import static dev.textdig.index.Fields.ARTICLE_BLOB;
import static dev.textdig.index.Fields.DOC;
import static dev.textdig.index.Fields.PARAGRAPH_DOC;
import static dev.textdig.index.Fields.QUOTATION_DOC;
import static dev.textdig.index.Fields.ARTICLE_DOC;
import static dev.textdig.index.Fields.FILE;
import static dev.textdig.index.Fields.KIND;
import static dev.textdig.index.Fields.LANGUAGE;
import static dev.textdig.index.Fields.LINE;
import static dev.textdig.index.Fields.PARAGRAPH;
import static dev.textdig.index.Fields.SPEAKER;

import dev.textdig.article.Article;
import dev.textdig.article.Paragraph;
import dev.textdig.quote.Quote;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of an article for a search engine elsewhere (an OpenSearch or Solr file, a Solr
 * collection): one per paragraph and one per quotation, with the fields of the local index
 * ({@code file}, {@code paragraph}, {@code line}, {@code kind}, {@code language},
 * {@code text_en}/{@code text_fr}, {@code speaker}, {@code quote_en}/{@code quote_fr}; a
 * quotation's {@code quotation_text_en}, {@code quotation_speaker}, ...).
 *
 * <p>Ids are stable: the article's path and the start of its content's SHA-256, then {@code /p}
 * and the paragraph number, or {@code /q} and the quotation's place in the article. The same file
 * with the same bytes always gives the same ids, so loading it twice replaces rather than
 * duplicates; a changed file gives new ids, and its old documents are found by
 * {@code source_path}. Every document's {@code article} field is its article's id.
 */
public final class FlatDocuments {
    public static final String ID = "id";
    /** Hex digits of the content hash in an id: 64 bits, enough to tell two versions of one file apart. */
    private static final int ID_HASH_DIGITS = 16;

    private FlatDocuments() {
    }

    /** The article's id: its path and the start of its content hash. */
    public static String articleId(String path, String sha256) {
        return path + "#" + sha256.substring(0, ID_HASH_DIGITS);
    }

    /** The running text in a language: {@code text_en}. */
    public static String text(String languageCode) {
        return "text_" + languageCode;
    }

    public static String quote(String languageCode) {
        return "quote_" + languageCode;
    }

    public static String quotationText(String languageCode) {
        return "quotation_text_" + languageCode;
    }

    /** The article's paragraphs, then its quotations, each with the quotations' speakers and words on its paragraph. */
    public static List<FlatDocument> of(String articleId, String sourcePath, Article article, List<Quote> quotations) {
        String lang = article.language().code();
        List<List<Quote>> byParagraph = new ArrayList<>(article.paragraphs().size());
        for (int i = 0; i < article.paragraphs().size(); i++) {
            byParagraph.add(new ArrayList<>(0));
        }
        for (Quote q : quotations) {
            byParagraph.get(q.paragraph().number() - 1).add(q);
        }
        List<FlatDocument> docs = new ArrayList<>(article.paragraphs().size() + quotations.size());
        for (Paragraph p : article.paragraphs()) {
            String id = articleId + "/p" + p.number();
            Map<String, Object> f = start(id, PARAGRAPH_DOC, sourcePath, articleId);
            f.put(FILE, article.file());
            f.put(PARAGRAPH, p.number());
            f.put(LINE, p.line());
            f.put(KIND, p.kind().label());
            f.put(LANGUAGE, lang);
            f.put(text(lang), p.text());
            List<String> speakers = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (Quote q : byParagraph.get(p.number() - 1)) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
                if (q.mention() != null) {
                    speakers.add(q.mention());
                }
                words.add(q.text());
            }
            if (!speakers.isEmpty()) {
                f.put(SPEAKER, speakers);
            }
            if (!words.isEmpty()) {
                f.put(quote(lang), words);
            }
            docs.add(new FlatDocument(id, f));
        }
        for (int i = 0; i < quotations.size(); i++) {
            Quote q = quotations.get(i);
            String id = articleId + "/q" + i;
            Map<String, Object> f = start(id, QUOTATION_DOC, sourcePath, articleId);
            f.put(FILE, article.file());
            f.put(QUOTATION, i);
            f.put(PARAGRAPH, q.paragraph().number());
            f.put(QUOTATION_LANGUAGE, lang);
            f.put(quotationText(lang), q.text());
            String who = ((q.speaker() == null ? "" : q.speaker()) + " " + (q.mention() == null ? "" : q.mention())).strip();
            if (!who.isEmpty()) {
                f.put(QUOTATION_SPEAKER, who);
            }
            docs.add(new FlatDocument(id, f));
        }
        return docs;
    }

    /**
     * The article's own document, for a collection that answers textdig's commands: its name,
     * language and full content hash (to tell a changed file on the next run), and the article and
     * its quotations as found ({@code ArticleCodec}'s bytes, Base64), so that nothing is analysed
     * again to answer.
     */
    public static FlatDocument article(String articleId, String sourcePath, Article article, String sha256, byte[] encoded) {
        Map<String, Object> f = start(articleId, ARTICLE_DOC, sourcePath, articleId);
        f.put(FILE, article.file());
        f.put(LANGUAGE, article.language().code());
        f.put(ARTICLE_HASH, sha256);
        f.put(ARTICLE_BLOB, Base64.getEncoder().encodeToString(encoded));
        return new FlatDocument(articleId, f);
    }

    private static Map<String, Object> start(String id, String doc, String sourcePath, String articleId) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(ID, id);
        f.put(DOC, doc);
        f.put(SOURCE_PATH, sourcePath);
        f.put(ARTICLE, articleId);
        return f;
    }
}
