package dev.textdig.index;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain per language: Lucene's {@code EnglishAnalyzer} and {@code FrenchAnalyzer},
 * the same chains as Solr's {@code text_en}/{@code text_fr} and OpenSearch's {@code english}/{@code french},
 * so an index built elsewhere with those settings answers the same queries.
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** The Lucene these analyzers and the index come from, for {@code --version}. */
    public static String luceneVersion() {
        return org.apache.lucene.util.Version.LATEST.toString();
    }

    /** The analyzer of running text in a language. */
    public static Analyzer text(Language language) {
        return language == Language.FR ? new FrenchAnalyzer() : new EnglishAnalyzer();
    }

    /**
     * Every field's analyzer for a run in these languages: running text and quotations in each
     * language's own field ({@link Fields#text}, {@link Fields#quote}), {@code kind} and
     * {@code language} lower-cased whole, {@code file} as is, speaker names as plain lower-cased words
     * (no stemming). Only the languages of the run get a chain: a run in one language never
     * loads the other's.
     */
    public static Analyzer perField(Set<Language> languages) {
        Analyzer lowercaseKeyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        Map<String, Analyzer> fields = new HashMap<>();
        Analyzer first = null;
        for (Language language : languages.isEmpty() ? EnumSet.of(Language.EN) : EnumSet.copyOf(languages)) {
            Analyzer text = text(language);
            fields.put(Fields.text(language), text);
            fields.put(Fields.quote(language), text);
            fields.put(Fields.quotationText(language), text);
            first = first == null ? text : first;
        }
        fields.put(Fields.KIND, lowercaseKeyword);
        fields.put(Fields.LANGUAGE, lowercaseKeyword);
        fields.put(Fields.FILE, new KeywordAnalyzer());
        fields.put(Fields.QUOTATION_LANGUAGE, lowercaseKeyword);
        Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        fields.put(Fields.SPEAKER, names);
        fields.put(Fields.QUOTATION_SPEAKER, names);
        // Fields nobody indexes (a typo such as title:x) are read as text in the first language (English first).
        return new PerFieldAnalyzerWrapper(first, fields);
    }

    /**
     * The chain for counting words ({@code keywords}): stopwords left out (with a gap in positions
     * where they stood, so phrases never span them), possessives and elisions dropped, stemmed with
     * Porter (English) or Lucene's light French stemmer. A longer stopword list than the search
     * chains', as a keyword list has no use for function words.
     */
    public static Analyzer counting(Language language, boolean stem, Set<String> extraStop) {
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
}
