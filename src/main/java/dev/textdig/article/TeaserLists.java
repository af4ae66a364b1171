package dev.textdig.article;

import java.util.List;

/**
 * Lists of links to other stories: many headline-like lines in a row (a few words each, no full
 * stop), with at most a byline or a date under each; or cards of a few paragraphs (headline,
 * writer, date, a sentence of summary) whose shape comes back again and again. An article parts
 * its headings with prose, and its paragraphs do not repeat a shape; a page lists other stories
 * one after another (related, most read, more from). Not evidence that a page holds furniture:
 * only a page that shows some loses its lists.
 *
 * <p>The page's own headline and what stands between it and the article (standfirst, byline,
 * comment count, share buttons) are headline-like lines in a row too: that block, decided before
 * the lists, is never part of one, and a list on either side of it is judged on its own lines.
 */
final class TeaserLists {
    /** This many headlines in a row are a list of links, not the article's headings. */
    static final int MIN_ITEMS = 4;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 20;
    /** Cards of two to this many paragraphs, repeated this many times. */
    private static final int MAX_CARD = 5;
    private static final int MIN_CARDS = 3;
    /** A card's summary is a sentence or two; an article's paragraphs and a live blog's entries run longer. */
    private static final int MAX_SUMMARY_WORDS = 50;

    private TeaserLists() {
    }

    /**
     * The lists of the page; paragraphs {@code headFrom} to {@code headTo} (inclusive; -1 for none)
     * are the page's own headline block and belong to none.
     */
    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features, int headFrom, int headTo) {
        int n = paragraphs.size();
        boolean[] head = new boolean[n];
        for (int i = Math.max(0, headFrom); i <= headTo && i < n; i++) {
            head[i] = true;
        }
        boolean[] marks = cards(paragraphs, features, head);
        int start = -1;
        int items = 0;
        for (int i = 0; i <= n; i++) {
            boolean item = i < n && !head[i] && isHeadlineLike(paragraphs.get(i).text(), features.get(i));
            boolean between = i < n && !item && !head[i] && features.get(i).metaLine() && start >= 0;
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
     * Teaser cards: runs where each paragraph has the shape of the one a card's length before it
     * (headline, name, date, summary; again and again), at least three cards long, each card with
     * a headline-like line and a byline or date, or with two headline-like lines (headline and
     * writer), or a headline and its summary alone when no headline of the run is a question. A
     * card is no shorter card repeated: a question-and-answer article (question, answer) repeats
     * a shape of two with no date or name in it, and is not taken, nor is a menu (one
     * headline-like line after another).
     */
    private static boolean[] cards(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] head) {
        int n = paragraphs.size();
        char[] shape = new char[n];
        boolean[] question = new boolean[n];
        for (int i = 0; i < n; i++) {
            shape[i] = head[i] ? OTHER : shape(paragraphs.get(i).text(), features.get(i));
            question[i] = paragraphs.get(i).text().strip().endsWith("?");
        }
        boolean[] marks = new boolean[n];
        for (int card = 2; card <= MAX_CARD; card++) {
            for (int i = 0; i + MIN_CARDS * card <= n; i++) {
                int end = i;
                while (end + card < n && shape[end] != OTHER && shape[end] == shape[end + card]) {
                    end++;
                }
                int length = end - i + card; // i .. end + card - 1 follow the card's shape
                if (shape[i] != OTHER && length >= MIN_CARDS * card && !repeatsWithin(shape, i, card)
                        && isCard(shape, i, card, length, question)) {
                    // A card starts on its headline: what comes before the first one is not a card.
                    int first = i;
                    while (shape[first] != HEADLINE) {
                        first++;
                    }
                    for (int j = first; j < i + length; j++) {
                        marks[j] = true;
                    }
                }
                // A run that starts later inside this one ends where it ends, and its cards hold
                // the same parts: none to try. Linear, however long the run.
                i = Math.max(i, end);
            }
        }
        return marks;
    }

    private static final char HEADLINE = 'h';
    private static final char META = 'm';
    private static final char SUMMARY = 's';
    private static final char OTHER = 'x';

    /**
     * Whether the card is itself a shorter card repeated (question, answer, question, answer is a
     * card of two, judged as such, not a card of four).
     */
    private static boolean repeatsWithin(char[] shape, int from, int card) {
        for (int d = 1; d < card; d++) {
            if (card % d != 0) {
                continue;
            }
            boolean repeats = true;
            for (int j = from; j + d < from + card && repeats; j++) {
                repeats = shape[j] == shape[j + d];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCard(char[] shape, int from, int card, int length, boolean[] question) {
        int headlines = 0;
        int metas = 0;
        int summaries = 0;
        for (int j = from; j < from + card; j++) {
            if (shape[j] == HEADLINE) {
                headlines++;
            } else if (shape[j] == META) {
                metas++;
            } else if (shape[j] == SUMMARY) {
                summaries++;
            }
        }
        if (headlines >= 1 && (metas >= 1 || (card >= 3 && headlines >= 2))) {
            return true;
        }
        // A headline and its one-sentence summary, again and again: teasers, unless the
        // headlines are questions (an interview's questions and short answers are its text).
        if (card == 2 && headlines == 1 && summaries == 1) {
            for (int j = from; j < from + length; j++) {
                if (question[j]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A card's part: a byline or date, a headline-like line (a question too), a summary, or other. */
    private static char shape(String text, ParagraphFeatures f) {
        if (f.words() == 0) {
            return OTHER;
        }
        if (f.metaLine()) {
            return META;
        }
        String s = text.strip();
        if (f.words() <= MAX_WORDS && !f.address() && !f.endsWithEllipsis() && ".!:;,".indexOf(s.charAt(s.length() - 1)) < 0) {
            return HEADLINE;
        }
        return f.words() <= MAX_SUMMARY_WORDS && f.endsSentence() ? SUMMARY : OTHER;
    }

    /**
     * A few words that do not end as a sentence or lead into what follows, and are not a byline,
     * a date or an address (a list of sources or links is part of many articles), nor a question
     * (an interview's quick questions and short answers are its text).
     */
    private static boolean isHeadlineLike(String text, ParagraphFeatures f) {
        if (f.words() < MIN_WORDS || f.words() > MAX_WORDS || f.metaLine() || f.address()) {
            return false;
        }
        String s = text.strip();
        char last = s.charAt(s.length() - 1);
        return ".!:;,".indexOf(last) < 0 && !f.endsWithEllipsis() && last != '?';
    }
}
