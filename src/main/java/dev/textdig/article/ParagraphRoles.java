package dev.textdig.article;

import java.util.List;

/**
 * Names each paragraph of the article its role, from its position: the headline is the title, the
 * first prose after it the lead, bylines and dates meta, short unpunctuated lines inside the
 * article headings, the rest body; what the {@link FurnitureFilter} did not keep is boilerplate.
 */
final class ParagraphRoles {
    /** Headings are short; titles a little longer. */
    private static final int HEADING_MAX_WORDS = 15;
    private static final int TITLE_MAX_WORDS = ParagraphClassifier.TITLE_MAX_WORDS;
    private static final int TITLE_WINDOW = ParagraphClassifier.TITLE_WINDOW;
    /** A lead is prose: a paragraph at least this long. */
    private static final int LEAD_MIN_WORDS = FurnitureFilter.SHORT_WORDS;

    private ParagraphRoles() {
    }

    /** Each paragraph's kind: {@link Kind#BOILERPLATE} for what the filter left out, a role for the rest. */
    static Kind[] of(ParagraphClassifier.Page page, FurnitureFilter.Article article) {
        boolean[] kept = article.kept();
        int n = kept.length;
        Kind[] kinds = new Kind[n];
        int firstKept = -1;
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            kinds[i] = kept[i] ? Kind.BODY : Kind.BOILERPLATE;
            if (kept[i]) {
                lastKept = i;
                if (firstKept < 0) {
                    firstKept = i;
                }
            }
        }
        if (firstKept >= 0) {
            assignRoles(page.paragraphs(), page.features(), notHeadlines(page, article), kept, article.proseOnItsOwn(), kinds,
                    firstKept, lastKept, page.headlineRepeat());
        }
        return kinds;
    }

    /** Furniture and captions: never the headline, nor meta (a caption is about the picture). */
    private static boolean[] notHeadlines(ParagraphClassifier.Page page, FurnitureFilter.Article article) {
        boolean[] not = page.furniture().clone();
        for (int i = 0; i < not.length; i++) {
            not[i] |= page.captions()[i] || (article.pageShowsFurniture() && page.teasers()[i]);
        }
        return not;
    }

    private static void assignRoles(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] furniture,
                                    boolean[] kept, boolean[] proseOnItsOwn, Kind[] kinds, int firstKept, int lastKept,
                                    int headline) {
        int title = headline >= 0 && headline < firstKept && firstKept - headline <= TITLE_WINDOW
                ? headline : findTitle(paragraphs, features, furniture, kept, firstKept);
        if (title < 0) {
            title = firstLineHeadline(paragraphs, features, furniture, proseOnItsOwn, firstKept);
        }
        if (title >= 0) {
            kinds[title] = Kind.TITLE;
            int lead = firstKept > title ? firstKept : nextProse(kept, features, title + 1);
            if (lead >= 0 && lead - title <= 4 && features.get(lead).words() >= LEAD_MIN_WORDS) {
                kinds[lead] = Kind.LEAD;
            }
        }
        int metaFrom = Math.max(0, (title >= 0 ? title : firstKept) - 3);
        int metaTo = Math.min(paragraphs.size() - 1, lastKept + 6);
        for (int i = metaFrom; i <= metaTo; i++) {
            if (features.get(i).metaLine() && i != title && !furniture[i]) {
                kinds[i] = Kind.META;
            }
        }
        for (int i = firstKept; i <= lastKept; i++) {
            ParagraphFeatures f = features.get(i);
            if (kinds[i] == Kind.BODY && f.words() > 0 && f.words() <= HEADING_MAX_WORDS && !f.endsSentence()) {
                kinds[i] = Kind.HEADING;
            }
        }
    }

    /** The first kept paragraph from {@code from} on that is not a byline or date: where a lead may stand. */
    private static int nextProse(boolean[] kept, List<ParagraphFeatures> features, int from) {
        for (int i = from; i < kept.length; i++) {
            if (kept[i] && !features.get(i).metaLine()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextKept(boolean[] kept, int from) {
        for (int i = from; i < kept.length; i++) {
            if (kept[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline when no repeat of the page title marks it: the closest line before the first
     * prose that reads like a headline (a few words, no full stop, not furniture), skipping bylines
     * and dates; or the first prose itself when it is headline-like and more prose follows.
     */
    private static int findTitle(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] furniture,
                                 boolean[] kept, int firstKept) {
        for (int i = firstKept - 1; i >= 0 && i >= firstKept - TITLE_WINDOW; i--) {
            ParagraphFeatures f = features.get(i);
            if (f.metaLine() || furniture[i] || f.endsWithEllipsis()) {
                continue;
            }
            if (looksLikeHeadline(paragraphs.get(i), f)) {
                return i;
            }
        }
        ParagraphFeatures first = features.get(firstKept);
        return looksLikeHeadline(paragraphs.get(firstKept), first) && nextKept(kept, firstKept + 1) > 0 ? firstKept : -1;
    }

    private static boolean looksLikeHeadline(Paragraph p, ParagraphFeatures f) {
        return headlineSized(p, f) && !p.text().strip().endsWith(".");
    }

    /** A few words that do not run on into what follows, not a contact address, not a menu line. */
    private static boolean headlineSized(Paragraph p, ParagraphFeatures f) {
        String text = p.text().strip();
        char last = text.charAt(text.length() - 1);
        return f.words() >= 3 && f.words() <= TITLE_MAX_WORDS && last != ':' && last != ','
                && !f.separators() && !f.address();
    }

    /**
     * When nothing else names the headline: the page's first line, when it stands in or just before
     * the article and reads as one (a saved article starts with its headline). A first line ending
     * like a sentence is taken only when it is not prose by itself (too short, or in title case) and
     * is shorter than the first prose after it, so an article that opens straight on its lead keeps
     * no title rather than a wrong one.
     */
    private static int firstLineHeadline(List<Paragraph> paragraphs, List<ParagraphFeatures> features,
                                         boolean[] furniture, boolean[] proseOnItsOwn, int firstKept) {
        int first = 0;
        while (first < features.size() - 1 && features.get(first).words() == 0) {
            first++;
        }
        ParagraphFeatures f = features.get(first);
        if (first < firstKept - TITLE_WINDOW || furniture[first] || f.metaLine() || !headlineSized(paragraphs.get(first), f)) {
            return -1;
        }
        boolean sentence = f.endsSentence() && proseOnItsOwn[first] && !titleCase(paragraphs.get(first).text());
        for (int i = first + 1; i < proseOnItsOwn.length; i++) {
            if (proseOnItsOwn[i]) {
                return !f.endsSentence() || (!sentence && f.words() < features.get(i).words()) ? first : -1;
            }
        }
        return -1;
    }

    /**
     * Most words of four letters or more capitalised: English headline style. In a sentence only
     * names are, so it tells a headline that ends with a full stop from a first sentence.
     */
    private static boolean titleCase(String text) {
        int[] counts = new int[2]; // long words, capitalised
        Words.forEach(text, w -> {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                counts[0]++;
                if (Character.isUpperCase(w.charAt(0))) {
                    counts[1]++;
                }
            }
        });
        return counts[0] >= 3 && counts[1] * 4 >= counts[0] * 3;
    }
}
