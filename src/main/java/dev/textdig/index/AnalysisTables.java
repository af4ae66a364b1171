package dev.textdig.index;

import dev.textdig.article.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * The word lists and tables of {@link Analyzers}' chains, as the files a Solr schema names
 * (stopwords, elisions, the word delimiter's character types), taken from the very sets this
 * build analyses with, so that a collection analyses text as the local index does.
 */
public final class AnalysisTables {
    private AnalysisTables() {
    }

    /** The search chain's stopwords (Lucene's EnglishAnalyzer or FrenchAnalyzer list), sorted, one a line. */
    public static List<String> stopwords(Language language) {
        return sorted(language == Language.FR ? FrenchAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** The articles dropped before an apostrophe: French's (l', qu', jusqu', ...), or d' and l' in English. */
    public static List<String> elisions(Language language) {
        return sorted(language == Language.FR ? FrenchAnalyzer.DEFAULT_ARTICLES : Analyzers.ENGLISH_ELISIONS);
    }

    /**
     * The word delimiter's types file: every character it would split at by default, but the
     * underscore that stands for a hyphen, taken as a letter ({@code \u002E => ALPHA}).
     */
    public static List<String> wordDelimiterTypes() {
        List<String> lines = new ArrayList<>();
        byte[] defaults = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE;
        for (int c = 0; c < defaults.length; c++) {
            if (Analyzers.ONLY_UNDERSCORE_SPLITS[c] != defaults[c]) {
                lines.add(String.format(Locale.ROOT, "\\u%04X => ALPHA", c));
            }
        }
        return lines;
    }

    /** A MappingCharFilter's mapping file: each apostrophe variant read as the keyboard's. */
    public static List<String> apostropheMapping() {
        List<String> lines = new ArrayList<>();
        for (String v : Analyzers.APOSTROPHE_VARIANTS) {
            lines.add(String.format(Locale.ROOT, "\"\\u%04X\" => \"'\"", (int) v.charAt(0)));
        }
        return lines;
    }

    /** The pattern of a hyphen inside a word, which the chains read as an underscore. */
    public static String wordHyphen() {
        return Analyzers.WORD_HYPHEN.pattern();
    }

    private static List<String> sorted(CharArraySet set) {
        TreeSet<String> words = new TreeSet<>();
        for (Object w : set) {
            words.add(w instanceof char[] c ? new String(c) : w.toString());
        }
        return new ArrayList<>(words);
    }
}
