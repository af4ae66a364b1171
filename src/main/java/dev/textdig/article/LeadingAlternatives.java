package dev.textdig.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Alternatives anchored at the start of a text ({@code ^(a|b|...)} tried with {@code lookingAt}),
 * each text tried with only the alternatives that can begin with its first character. The
 * furniture and byline patterns hold about a hundred case-insensitive alternatives: on a page of a
 * million one-letter paragraphs, trying every one of them on each was most of the run.
 *
 * <p>Which alternatives a character can begin is asked of the alternatives themselves: one that
 * neither matches the character alone nor runs past its end ({@link java.util.regex.Matcher#hitEnd})
 * has failed on it, so no text starting with it can match. The answer is the same as the whole
 * pattern's, whatever the flags and classes; it is kept per first character, for a bounded number
 * of characters (past that, the whole pattern is tried, as before).
 */
final class LeadingAlternatives {
    /** First characters remembered; real pages start their paragraphs with a few dozen. */
    private static final int CACHED = 1024;
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final List<Pattern> alternatives;
    private final int flags;
    private final Pattern whole;
    private final Map<Integer, Pattern> byFirst = new ConcurrentHashMap<>();

    LeadingAlternatives(int flags, List<String> alternatives) {
        this.flags = flags;
        this.alternatives = alternatives.stream().map(a -> Pattern.compile(a, flags)).toList();
        this.whole = union(alternatives);
    }

    /** Whether one of the alternatives matches at the start of {@code text}. */
    boolean lookingAt(String text) {
        return forStart(text).matcher(text).lookingAt();
    }

    private Pattern forStart(String text) {
        if (text.isEmpty()) {
            return whole;
        }
        int first = text.codePointAt(0);
        Pattern p = byFirst.get(first);
        if (p == null) {
            if (byFirst.size() >= CACHED) {
                return whole;
            }
            p = byFirst.computeIfAbsent(first, this::startingWith);
        }
        return p;
    }

    /** The alternatives that a text starting with {@code c} can match, as one pattern. */
    private Pattern startingWith(int c) {
        String alone = Character.toString(c);
        List<String> can = alternatives.stream()
                .filter(a -> {
                    var m = a.matcher(alone);
                    return m.lookingAt() || m.hitEnd();
                })
                .map(Pattern::pattern)
                .toList();
        return can.isEmpty() ? NEVER : union(can);
    }

    private Pattern union(List<String> alternatives) {
        return Pattern.compile(alternatives.stream().map(a -> "(?:" + a + ")").collect(Collectors.joining("|")), flags);
    }
}
