package dev.textdig.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists that carry on the article, starting right after its prose or inside it: items numbered
 * 1, 2, 3 in order ({@code 1) ...}, {@code 2. ...}, {@code #3 ...}), or a list the article
 * announces with a line ending in a colon ({@code The tour's dates:}). Menus and lists of other
 * stories are neither numbered in order nor announced; a listicle's items or a tour's dates are
 * the article's own text, however short each is.
 */
final class ArticleLists {
    private static final Pattern ITEM = Pattern.compile("^#?(\\d{1,2})(?:[).:]|\\s[-–—])\\s+\\S");
    /** This many items in order make a list. */
    private static final int MIN_ITEMS = 3;
    /** Lines between two items (a link, a picture's credit) and between the article and the list. */
    private static final int MAX_GAP = 3;

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
        return marks;
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
