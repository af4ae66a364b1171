package dev.textdig.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The word-list format of the shipped lists and of {@code --stopwords}: words split by whitespace, {@code #} lines are comments. */
public final class WordList {
    private WordList() {
    }

    public static Set<String> parse(String text) {
        Set<String> words = new HashSet<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                continue;
            }
            for (String w : l.split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }

    /** A resource beside {@code owner}, as text; a missing one is a packaging bug. */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
