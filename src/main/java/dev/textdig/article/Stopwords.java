package dev.textdig.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words (stopwords): the listed ones per language, shipped as resources (one or more
 * words a line, # comments), and the ones a page uses. For English and French a page's are the
 * language's list; a page in another language has almost none of those, so its own most frequent
 * short words stand in for them (in every language the most frequent words are function words).
 */
public final class Stopwords {
    private static final Set<String> EN = load("stopwords-en.txt");
    private static final Set<String> FR = load("stopwords-fr.txt");
    /** Below this share of listed function words, the page is taken to be in another language. */
    private static final double KNOWN_LANGUAGE_SHARE = 0.12;
    /**
     * How many of a page's recurring short words stand in for its function words: a language has
     * more than forty (with 40, answers of a Russian interview and Indonesian and German prose read
     * as lists and went).
     */
    private static final int PAGE_WORDS = 100;
    private static final int MAX_LENGTH = 4;
    private static final int MIN_COUNT = 3;

    private Stopwords() {
    }

    public static Set<String> of(Language language) {
        return language == Language.FR ? FR : EN;
    }

    public static boolean isStopword(String word, Language language) {
        return of(language).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the page is in its detected language's list: when too few of its words are that
     * list's function words (a page in another language), the classifier counts the page's own
     * ({@link #ownFunctionWords}) instead.
     */
    static boolean inListedLanguage(List<ParagraphFeatures> counted) {
        int words = 0;
        int function = 0;
        for (ParagraphFeatures f : counted) {
            words += f.words();
            function += f.functionWords();
        }
        return words == 0 || (double) function / words >= KNOWN_LANGUAGE_SHARE;
    }

    /**
     * The page's most frequent short words, its function words when it is in neither known language
     * (counted only for such a page: on every page they were most of the cost of this class).
     */
    static Set<String> ownFunctionWords(List<Paragraph> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Paragraph p : paragraphs) {
            Words.forEach(p.text(), word -> {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.length() <= MAX_LENGTH && Character.isLetter(w.charAt(0))) {
                    counts.merge(w, 1, Integer::sum);
                }
            });
        }
        Set<String> own = new HashSet<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(PAGE_WORDS)
                .forEach(e -> own.add(e.getKey()));
        return own;
    }

    private static Set<String> load(String resource) {
        return WordList.parse(WordList.resource(Stopwords.class, resource));
    }
}
