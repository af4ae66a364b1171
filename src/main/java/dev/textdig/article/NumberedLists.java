package dev.textdig.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered lists that carry on the article: items numbered 1, 2, 3 in order ({@code 1) ...},
 * {@code 2. ...}, {@code #3 ...}), starting right after the article's prose or inside it. Menus
 * and lists of other stories are not numbered in order; a listicle's or a guide's items are the
 * article's own text, however short each is.
 */
final class NumberedLists {
    private static final Pattern ITEM = Pattern.compile("^#?(\\d{1,2})(?:[).:]|\\s[-–—])\\s+\\S");
    /** This many items in order make a list. */
    private static final int MIN_ITEMS = 3;
    /** Lines between two items (a link, a picture's credit) and between the article and the list. */
    private static final int MAX_GAP = 3;

    private NumberedLists() {
    }

    /**
     * The paragraphs of numbered lists that start inside the article ({@code kept}) or within a few
     * paragraphs after a kept one: the items and the lines between them that are not furniture.
     */
    static boolean[] of(List<Paragraph> paragraphs, boolean[] kept, boolean[] furniture) {
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
