package dev.textdig.index;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The name a mistyped one meant: a field of a query, a command. */
public final class Typo {
    private Typo() {
    }

    /**
     * The name closest to {@code typed}, at most a third of its length away in edits (one at
     * least), so {@code speeker} finds {@code speaker} and {@code title} does not find {@code file};
     * null when none is that close.
     */
    public static String nearest(String typed, Collection<String> names) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(1, lower.length() / 3) + 1;
        for (String name : names) {
            int d = LevenshteinDistance.getDefaultInstance().apply(lower, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }
}
