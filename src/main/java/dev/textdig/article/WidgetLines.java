package dev.textdig.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Share, follow and comment widgets: a line made of nothing but the words of page controls
 * ({@code Facebook}, {@code Email}, {@code Copy Link}, {@code Show more sharing options}), two or
 * more of them, or one next to another such line ({@code Reddit}, then {@code Pocket}). A page's
 * controls, never its text, and never its title. A share dialog's label names the story after
 * its words ({@code Share All sharing options for: <headline>}): a line whose part before its
 * first colon is such words alone is a widget line too.
 */
final class WidgetLines {
    private static final Set<String> WORDS = WordList.parse(WordList.resource(WidgetLines.class, "widget-words.txt"));
    /** Widget lines are short; a longer line of these words would be a sentence about them. */
    private static final int MAX_WORDS = 8;

    private WidgetLines() {
    }

    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        int n = paragraphs.size();
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            String text = paragraphs.get(i).text();
            words[i] = features.get(i).words() <= MAX_WORDS && !endsWithFullStop(text) ? widgetWords(text) : 0;
            int colon = text.indexOf(':');
            if (words[i] == 0 && colon > 0 && Words.count(text.substring(0, colon)) <= MAX_WORDS
                    && widgetWords(text.substring(0, colon)) >= 2) {
                words[i] = 2; // a label, whatever the story it names
            }
        }
        boolean[] marks = new boolean[n];
        for (int i = 0; i < n; i++) {
            marks[i] = words[i] >= 2 || (words[i] == 1 && ((i > 0 && words[i - 1] > 0) || (i + 1 < n && words[i + 1] > 0)));
        }
        return marks;
    }

    /**
     * A control's label carries no full stop ({@code Share}, {@code Show more}, at most {@code
     * Copied!} or {@code More...}): a line of these words that ends with one is a sentence, such as
     * a wire story's closing {@code More to follow.}
     */
    private static boolean endsWithFullStop(String text) {
        String s = text.strip();
        return s.endsWith(".") && !s.endsWith("..");
    }

    /** How many widget words the line holds when it holds nothing else (numbers aside: counters), else 0. */
    static int widgetWords(String text) {
        int[] count = new int[1];
        boolean[] other = new boolean[1];
        Words.forEachWhile(text, w -> {
            if (WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                count[0]++;
                return true;
            }
            if (w.chars().allMatch(Character::isDigit)) {
                return true;
            }
            other[0] = true;
            return false;
        });
        return other[0] ? 0 : count[0];
    }
}
