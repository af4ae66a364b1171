package dev.textdig.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists that carry on the article, starting right after its prose or inside it: items numbered
 * 1, 2, 3 in order ({@code 1) ...}, {@code 2. ...}, {@code #3 ...}), a list the article
 * announces with a line ending in a colon ({@code The tour's dates:}), or dates one line after
 * another ({@code June 9 – Tampa @ Arena}). Menus and lists of other stories are neither numbered
 * in order nor announced, nor dated one line after another; a listicle's items or a tour's dates are
 * the article's own text, however short each is.
 */
final class ArticleLists {
    private static final Pattern ITEM = Pattern.compile("^#?(\\d{1,2})(?:[).:]|\\s[-–—])\\s+\\S");
    /** This many items in order make a list. */
    private static final int MIN_ITEMS = 3;
    /** Lines between two items (a link, a picture's credit) and between the article and the list. */
    private static final int MAX_GAP = 3;

    /** A month and a day, then a dash, colon or "@" and what happens: a place, an event. */
    private static final Pattern DATED_ITEM = Pattern.compile(
            "(?i)(?:" + Months.ENGLISH + "|" + Months.FRENCH + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th|er)?\\s*(?:[-–—:@]+|,(?!\\s*\\d))\\s*\\p{Lu}");

    /** An announced list's items are short; a longer paragraph ends it. */
    private static final int MAX_ITEM_WORDS = 40;

    private ArticleLists() {
    }

    /**
     * The paragraphs of numbered lists that start inside the article ({@code kept}) or within a few
     * paragraphs after a kept one: the items and the lines between them that are not furniture.
     */
    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] kept, boolean[] furniture) {
        boolean[] marks = numbered(paragraphs, kept, furniture);
        announced(paragraphs, features, kept, furniture, marks);
        dated(paragraphs, features, kept, marks);
        return marks;
    }

    /**
     * Lines in a row that each open on a month and a day and name what happens then ({@code June 9
     * – Tampa, FL @ Arena}): a tour's or a season's dates right after the article. Their shape
     * repeats, so they read as a template; but a comment's date line holds a time or a year after
     * the date, not a place, and comments are not one line after another.
     */
    private static void dated(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] kept, boolean[] marks) {
        int n = paragraphs.size();
        int lastKept = -MAX_GAP - 2;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                lastKept = i;
            }
            if (i - lastKept > MAX_GAP + 1 || !isDatedItem(paragraphs.get(i).text(), features.get(i))) {
                continue;
            }
            int end = i;
            while (end < n && isDatedItem(paragraphs.get(end).text(), features.get(end))) {
                end++;
            }
            if (end - i >= MIN_ITEMS) {
                for (int j = i; j < end; j++) {
                    marks[j] = true;
                }
                i = end - 1;
            }
        }
    }

    private static boolean isDatedItem(String text, ParagraphFeatures f) {
        return !f.furnitureCue() && !f.gluedWords() && DATED_ITEM.matcher(text.strip()).lookingAt();
    }

    /**
     * A line ending in a colon in or just after the article (no furniture line, an advert or a
     * share row, between them), and the short lines after it up to
     * the first furniture line, blank line's worth of prose or longer paragraph: at least
     * {@link #MIN_ITEMS} of them.
     */
    private static void announced(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] kept,
                                  boolean[] furniture, boolean[] marks) {
        int n = paragraphs.size();
        int lastKept = -MAX_GAP - 2;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                lastKept = i;
            } else if (furniture[i]) {
                // The article has ended: a box announced after an advert or a share row is the page's.
                lastKept = -MAX_GAP - 2;
            }
            String text = paragraphs.get(i).text().strip();
            if (!text.endsWith(":") || furniture[i] || i - lastKept > MAX_GAP + 1 || features.get(i).words() < 2) {
                continue;
            }
            int end = i + 1;
            while (end < n && !furniture[end] && features.get(end).words() > 0 && features.get(end).words() <= MAX_ITEM_WORDS) {
                end++;
            }
            if (end - i - 1 >= MIN_ITEMS) {
                for (int j = i; j < end; j++) {
                    marks[j] = true;
                }
                i = end - 1;
            }
        }
    }

    private static boolean[] numbered(List<Paragraph> paragraphs, boolean[] kept, boolean[] furniture) {
        int n = paragraphs.size();
        int[] number = new int[n];
        for (int i = 0; i < n; i++) {
            Matcher m = ITEM.matcher(paragraphs.get(i).text().strip());
            number[i] = m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        boolean[] marks = new boolean[n];
        int lastKept = -MAX_GAP - 2;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                lastKept = i;
            }
            if (number[i] != 1 || i - lastKept > MAX_GAP + 1) {
                continue;
            }
            int last = i;
            int items = 1;
            for (int j = i + 1; j < n && j - last <= MAX_GAP + 1; j++) {
                if (number[j] == items + 1) {
                    items++;
                    last = j;
                }
            }
            if (items >= MIN_ITEMS) {
                for (int j = i; j <= last; j++) {
                    marks[j] = !furniture[j] && !paragraphs.get(j).text().isBlank();
                }
                i = last;
            }
        }
        return marks;
    }
}
