package dev.textdig.article;

import java.util.Locale;
import java.util.Set;

/** Function-word lists per language, shipped as resources (one or more words a line, # comments). */
public final class Stopwords {
    private static final Set<String> EN = load("stopwords-en.txt");
    private static final Set<String> FR = load("stopwords-fr.txt");

    private Stopwords() {
    }

    public static Set<String> of(Language language) {
        return language == Language.FR ? FR : EN;
    }

    public static boolean isStopword(String word, Language language) {
        return of(language).contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        return WordList.parse(WordList.resource(Stopwords.class, resource));
    }
}
