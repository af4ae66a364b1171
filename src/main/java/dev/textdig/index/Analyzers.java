package dev.textdig.index;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import java.io.Reader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain per language: the chains of Lucene's {@code EnglishAnalyzer} and
 * {@code FrenchAnalyzer} (as Solr's {@code text_en}/{@code text_fr} and OpenSearch's
 * {@code english}/{@code french}), with typographic variants made one: curly apostrophes read as
 * straight ones, {@code d'}/{@code l'} dropped before a name in English as French elisions are
 * ({@code Orsay} finds {@code Quai d’Orsay}), and a hyphenated word indexed as its parts and as
 * one word ({@code cease-fire} is found by {@code cease}, {@code fire}, {@code cease-fire} and
 * {@code ceasefire}).
 */
public final class Analyzers {
    /** Apostrophes as typographers and word processors write them, read as the one on keyboards. */
    private static final NormalizeCharMap APOSTROPHES;
    /** The apostrophes read as {@code '}. */
    static final java.util.List<String> APOSTROPHE_VARIANTS = java.util.List.of("\u2019", "\u2018", "\u02BC", "\u2032", "\uFF07");

    static {
        NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
        for (String variant : APOSTROPHE_VARIANTS) {
            apostrophes.add(variant, "'");
        }
        APOSTROPHES = apostrophes.build();
    }

    /**
     * A hyphen between two letters or digits. StandardTokenizer splits there (UAX #29), so the
     * whole word would be lost; an underscore, of the same length (offsets stay right), keeps it
     * one token for {@link #HYPHENATED} to take apart. The hyphen comes first in the pattern, the
     * letter before it looked back at only then: a pattern opening with the look-behind tests it at
     * every character of the text (the same matches, three to four times slower, and 14% of
     * indexing in a profile).
     */
    static final Pattern WORD_HYPHEN = Pattern.compile("[-\u2010\u2011](?<=[\\p{L}\\p{N}].)(?=[\\p{L}\\p{N}])");

    /**
     * Splits a token at the underscores that stood for hyphens: each part, and the parts joined
     * ({@code cease_fire} gives {@code cease}, {@code fire} and {@code ceasefire}, each with its own
     * offsets). Every other character is part of a word, so no other token is touched
     * ({@code U.S.}, {@code 1,500} and {@code O'Neill} stay whole).
     */
    static final byte[] ONLY_UNDERSCORE_SPLITS = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE.clone();
    private static final int HYPHENATED = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_ALL;

    static {
        byte delimiter = WordDelimiterIterator.getType('_');
        for (int c = 0; c < ONLY_UNDERSCORE_SPLITS.length; c++) {
            if (ONLY_UNDERSCORE_SPLITS[c] == delimiter && c != '_') {
                ONLY_UNDERSCORE_SPLITS[c] = (byte) WordDelimiterIterator.ALPHA;
            }
        }
    }

    /** French articles and prepositions elided before names in English text: Quai d'Orsay, L'Oréal. */
    static final CharArraySet ENGLISH_ELISIONS = new CharArraySet(java.util.List.of("d", "l"), true);

    private Analyzers() {
    }

    /** The Lucene these analyzers and the index come from, for {@code --version}. */
    public static String luceneVersion() {
        return org.apache.lucene.util.Version.LATEST.toString();
    }

    /** The analyzer of running text in a language. */
    public static Analyzer text(Language language) {
        return language == Language.FR ? french() : english();
    }

    /** EnglishAnalyzer's chain (possessives, lower case, its stopwords, Porter), typographic variants made one. */
    private static Analyzer english() {
        return new TypographicAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, ENGLISH_ELISIONS);
                s = hyphenated(s);
                s = new EnglishPossessiveFilter(s);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(s));
            }
        };
    }

    /** FrenchAnalyzer's chain (elisions, lower case, its stopwords, light stemming), typographic variants made one. */
    private static Analyzer french() {
        return new TypographicAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = hyphenated(s);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, new FrenchLightStemFilter(s));
            }
        };
    }

    private static TokenStream hyphenated(TokenStream in) {
        return new WordDelimiterGraphFilter(in, true, ONLY_UNDERSCORE_SPLITS, HYPHENATED, null);
    }

    /**
     * A text chain that reads curly apostrophes as straight ones and a word's hyphens as
     * underscores, before tokenizing, for wildcard and fuzzy terms too, which are lower-cased as
     * the stock analyzers lower-case them.
     */
    private abstract static class TypographicAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(WORD_HYPHEN, "_", new MappingCharFilter(APOSTROPHES, reader));
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(APOSTROPHES, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * Every field's analyzer for a run in these languages: running text and quotations in each
     * language's own field ({@link Fields#text}, {@link Fields#quote}), {@code kind} and
     * {@code language} lower-cased whole, {@code file} as is, speaker names as plain lower-cased words
     * (no stemming, curly apostrophes straight). Only the languages of the run get a chain: a run in one language never
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
        Analyzer names = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(APOSTROPHES, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
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
