package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Language;
import dev.textdig.article.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysed words of the content paragraphs (furniture left out), each article in its own
 * language, read straight from the counting chain's token stream ({@link Analyzers#counting}):
 * each with its term, its position (with a gap where a stopword stood, so phrases never span one)
 * and the exact text it came from.
 *
 * <p>Read from the token stream rather than indexed and read back from term vectors: the same
 * positions and offsets that an index would record, without building one.
 */
public final class ParagraphTerms {
    private static final String FIELD = "terms";

    /** One analysed word: its term, its position in the paragraph's token stream, and its offsets (chars) in the text. */
    public record Token(String term, int position, int start, int end) {
    }

    /** A counted paragraph and the article it belongs to. */
    public record Entry(int article, Paragraph paragraph) {
    }

    private ParagraphTerms() {
    }

    /**
     * Each counted paragraph with its tokens in text order, articles and paragraphs in order.
     *
     * @param kinds     which paragraphs to count
     * @param stem      group forms by their stem
     * @param extraStop more words to leave out
     */
    public static void forEach(List<Article> articles, KindSelection kinds, boolean stem, Set<String> extraStop,
                               BiConsumer<Entry, List<Token>> visitor) {
        // Each article through its own language's chain, made when a language is first met, so a
        // run in one language never builds (nor loads) the other's.
        Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
        try {
            for (int a = 0; a < articles.size(); a++) {
                Analyzer analyzer = analyzers.computeIfAbsent(articles.get(a).language(),
                        language -> Analyzers.counting(language, stem, extraStop));
                for (Paragraph p : articles.get(a).paragraphs()) {
                    if (kinds.selects(p)) {
                        visitor.accept(new Entry(a, p), tokens(analyzer, p.text()));
                    }
                }
            }
        } finally {
            analyzers.values().forEach(Analyzer::close);
        }
    }

    /** Positions as an index counts them: the first token at its increment minus one. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
