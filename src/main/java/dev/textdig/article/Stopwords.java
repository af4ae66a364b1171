package dev.textdig.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
