package dev.textdig.quote;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The words of a claim that say what it is about (not stopwords), and how many of them a stretch
 * of quotation shares. Function words are in every sentence: sharing "I think this is going to be"
 * says nothing about whether two sentences are the same quotation; sharing its nouns and verbs does.
 * Words are compared on their stems (Snowball, the stemmers Lucene's analyzers use), so a changed
 * tense or plural still counts as the same word.
 */
final class ContentWords {
    private final Language language;
    private final SnowballStemmer stemmer;

    ContentWords(Language language) {
        this.language = language;
        this.stemmer = language == Language.FR ? new FrenchStemmer() : new EnglishStemmer();
    }

    /** The word without a French elided article or pronoun ({@code l'accord} is {@code accord}) or an English possessive. */
    static String bare(String key) {
        String k = key;
        int apostrophe = k.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 3 && apostrophe < k.length() - 1 && k.substring(0, apostrophe).matches("[ldnsjcmt]|qu|jusqu|lorsqu|puisqu")) {
            k = k.substring(apostrophe + 1);
        }
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        return k;
    }

    boolean isContent(TextWord w) {
        String b = bare(w.key());
        return !b.isEmpty() && !Stopwords.isStopword(b, language) && !Negations.isCue(w.key());
    }

    int count(List<TextWord> words) {
        int n = 0;
        for (TextWord w : words) {
            if (isContent(w)) {
                n++;
            }
        }
        return n;
    }

    /** The share of the claim's content words whose stem is in the stretch, 0 to 1 (1 when the claim has none). */
    double shareFound(List<TextWord> claim, List<TextWord> stretch) {
        Set<String> stems = new HashSet<>();
        for (TextWord w : stretch) {
            stems.add(stem(w));
        }
        int content = 0;
        int found = 0;
        for (TextWord w : claim) {
            if (isContent(w)) {
                content++;
                if (stems.contains(stem(w))) {
                    found++;
                }
            }
        }
        return content == 0 ? 1.0 : (double) found / content;
    }

    /** Numbers compare by value, so {@code three} and {@code 3} are one word here too. */
    private String stem(TextWord w) {
        String value = Numbers.valueOfWord(w.key());
        if (value != null) {
            return "#" + value;
        }
        stemmer.setCurrent(bare(w.key()));
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
