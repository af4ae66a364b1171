package dev.textdig.article;

import java.util.List;

/**
 * Lists of links to other stories: many headline-like lines in a row (a few words each, no full
 * stop), with at most a byline or a date under each. An article parts its headings with prose;
 * a page lists other stories' headlines one after another (related, most read, more from). Not
 * evidence that a page holds furniture: only a page that shows some loses its lists.
 */
final class TeaserLists {
    /** This many headlines in a row are a list of links, not the article's headings. */
    static final int MIN_ITEMS = 4;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 20;

    private TeaserLists() {
    }

    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        int n = paragraphs.size();
        boolean[] marks = new boolean[n];
        int start = -1;
        int items = 0;
        for (int i = 0; i <= n; i++) {
            boolean item = i < n && isHeadlineLike(paragraphs.get(i).text(), features.get(i));
            boolean between = i < n && !item && features.get(i).metaLine() && start >= 0;
            if (item || between) {
                if (start < 0) {
                    start = i;
                }
                if (item) {
                    items++;
                }
                continue;
            }
            if (items >= MIN_ITEMS) {
                for (int j = start; j < i; j++) {
                    marks[j] = true;
                }
            }
            start = -1;
            items = 0;
        }
        return marks;
    }

    /**
     * A few words that do not end as a sentence or lead into what follows, and are not a byline,
     * a date or an address (a list of sources or links is part of many articles).
     */
    private static boolean isHeadlineLike(String text, ParagraphFeatures f) {
        if (f.words() < MIN_WORDS || f.words() > MAX_WORDS || f.metaLine() || f.address()) {
            return false;
        }
        String s = text.strip();
        char last = s.charAt(s.length() - 1);
        return ".!:;,".indexOf(last) < 0 && !f.endsWithEllipsis();
    }
}
