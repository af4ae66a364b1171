package dev.textdig.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Alternatives anchored at the start of a text ({@code ^(a|b|...)} tried with {@code lookingAt}),
 * each text tried with only the alternatives that can begin with its first two characters. The
 * furniture and byline patterns hold about a hundred case-insensitive alternatives: on a page of a
 * million one-letter paragraphs, trying every one of them on each was most of the run.
 *
 * <p>Which alternatives a start can begin is asked of the alternatives themselves: one that
 * neither matches the start alone nor runs past its end ({@link java.util.regex.Matcher#hitEnd})
 * has failed on it, so no text beginning so can match. A text of one character is its own start,
 * and only an alternative that matches it whole can match it: most such texts are answered with
 * no matcher at all. The answer is the same as the whole pattern's, whatever the flags and
 * classes; it is kept per start, for a bounded number of starts (past that, the whole pattern is
 * tried, as before).
 */
final class LeadingAlternatives {
    /** Starts remembered; real pages start their paragraphs with a few hundred. */
    private static final int CACHED = 4096;
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final List<Pattern> alternatives;
    private final int flags;
    private final Pattern whole;
    /** By the first two code points (or the one of a one-character text, with no second), see {@link #key}. */
    private final Map<Long, Pattern> byStart = new ConcurrentHashMap<>();

    LeadingAlternatives(int flags, List<String> alternatives) {
        this.flags = flags;
        this.alternatives = alternatives.stream().map(a -> Pattern.compile(a, flags)).toList();
        this.whole = union(alternatives);
    }

    /** Whether one of the alternatives matches at the start of {@code text}. */
    boolean lookingAt(String text) {
        Pattern p = forStart(text);
        return p != NEVER && p.matcher(text).lookingAt();
    }

    private Pattern forStart(String text) {
        if (text.isEmpty()) {
            return whole;
        }
        int first = text.codePointAt(0);
        int end = Character.charCount(first);
        int second = end < text.length() ? text.codePointAt(end) : -1;
        long key = key(first, second);
        Pattern p = byStart.get(key);
        if (p == null) {
            if (byStart.size() >= CACHED) {
                return whole;
            }
            p = byStart.computeIfAbsent(key, k -> second < 0 ? matchingWhole(text)
                    : startingWith(text.substring(0, end + Character.charCount(second))));
        }
        return p;
    }

    private static long key(int first, int second) {
        // code points need 21 bits; the second is stored plus one, so that "none" (-1) is 0
        return ((long) first << 21) | (second + 1);
    }

    /** The alternatives that a text beginning with {@code start} can match, as one pattern. */
    private Pattern startingWith(String start) {
        return union(alternatives.stream().filter(a -> {
            var m = a.matcher(start);
            return m.lookingAt() || m.hitEnd();
        }));
    }

    /** The alternatives that match at the start of this whole, one-character text. */
    private Pattern matchingWhole(String text) {
        return union(alternatives.stream().filter(a -> a.matcher(text).lookingAt()));
    }

    private Pattern union(Stream<Pattern> can) {
        List<String> sources = can.map(Pattern::pattern).toList();
        return sources.isEmpty() ? NEVER : union(sources);
    }

    private Pattern union(List<String> alternatives) {
        return Pattern.compile(alternatives.stream().map(a -> "(?:" + a + ")").collect(Collectors.joining("|")), flags);
    }
}
