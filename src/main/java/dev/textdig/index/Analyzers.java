package dev.textdig.index;

import dev.textdig.article.Language;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysis chain per language: Lucene's {@code EnglishAnalyzer} and {@code FrenchAnalyzer},
 * the same chains as Solr's {@code text_en}/{@code text_fr} and OpenSearch's {@code english}/{@code french},
 * so an index built elsewhere with those settings answers the same queries.
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** The analyzer of running text in a language. */
    public static Analyzer text(Language language) {
        return language == Language.FR ? new FrenchAnalyzer() : new EnglishAnalyzer();
    }

    /**
     * Every field's analyzer: running text and quotations by language, {@code kind} lower-cased
     * whole, {@code file} as is, speaker names as plain lower-cased words (no stemming).
     */
    public static Analyzer perField(Language language) {
        Analyzer lowercaseKeyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        return new PerFieldAnalyzerWrapper(text(language), Map.of(
                Fields.KIND, lowercaseKeyword,
                Fields.FILE, new KeywordAnalyzer(),
                Fields.SPEAKER, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
    }
}
