package dev.textdig.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paragraphs the page says twice: an article says each of its paragraphs once, so the copies are
 * the page's (a slideshow's caption under every picture, the lead again in a share preview, a pull
 * quote). Of each set of copies the one inside the article is kept (the first one, when the
 * article holds none); the others are marked. Long paragraphs only: a short line said twice is a
 * menu item, which {@link FurnitureMarks} judges. No evidence that a page holds furniture by
 * itself: only a page that shows some loses its copies.
 */
final class Repeats {
    /** Fewer words than this and two paragraphs may be the same by chance (a dateline, a heading). */
    private static final int MIN_WORDS = 10;

    private Repeats() {
    }

    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] inArticle) {
        int n = paragraphs.size();
        Map<String, Integer> kept = new HashMap<>(); // text -> the copy that stays
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            if (features.get(i).words() < MIN_WORDS) {
                continue;
            }
            keys[i] = key(paragraphs.get(i).text());
            Integer stays = kept.get(keys[i]);
            if (stays == null || (inArticle[i] && !inArticle[stays])) {
                kept.put(keys[i], i);
            }
        }
        boolean[] marks = new boolean[n];
        for (int i = 0; i < n; i++) {
            marks[i] = keys[i] != null && kept.get(keys[i]) != i;
        }
        return marks;
    }

    /** The text in lower case with each run of white space one space, so that a copy re-wrapped is the same. */
    static String key(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // the ASCII white space of the regular expression \s this replaced
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && !key.isEmpty()) {
                    key.append(' ');
                }
                space = false;
                key.append(c);
            }
        }
        return key.toString();
    }
}
