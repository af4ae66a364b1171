package dev.textdig.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each paragraph of a page its {@link Kind}: measures the page once, then
 * {@link FurnitureFilter} tells the article from the furniture around it and {@link ParagraphRoles}
 * names each kept paragraph's role (title, lead, heading, meta, body).
 */
public final class ParagraphClassifier {
    /** A headline is a few words; a title may be a little longer than a heading. */
    static final int TITLE_MAX_WORDS = 30;
    /** How far before the first prose the title may stand, and the article start after the headline. */
    static final int TITLE_WINDOW = 8;

    /**
     * What both jobs read of the page, measured once: each paragraph's features, the paragraphs the
     * page itself shows to be furniture, the photo captions, what is furniture only on a page that
     * shows some ({@code pageOnly}: lists of other stories, the site's promos, the box about the
     * writer; {@code copies}: paragraphs said again, which are text but said once by the article),
     * and where the page's first line comes back as the headline (-1 when it does not).
     */
    record Page(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] furniture, boolean[] captions,
                boolean[] pageOnly, boolean[] copies, int headlineRepeat) {
        /**
         * The last paragraph that lies within {@link #TITLE_WINDOW} after paragraph {@code i},
         * counting neither furniture nor captions: a headline block may hold a row of share
         * buttons and a photo between the headline and the article.
         */
        int windowAfter(int i) {
            int counted = 0;
            int j = i;
            while (j + 1 < furniture.length && counted < TITLE_WINDOW) {
                j++;
                if (!furniture[j] && !captions[j]) {
                    counted++;
                }
            }
            return j;
        }
    }

    private ParagraphClassifier() {
    }

    private static List<ParagraphFeatures> features(List<Paragraph> paragraphs, Set<String> functionWords) {
        List<ParagraphFeatures> features = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            features.add(ParagraphFeatures.of(p.text(), functionWords));
        }
        return features;
    }

    public static List<Paragraph> classify(List<Paragraph> paragraphs, Language language) {
        int n = paragraphs.size();
        List<ParagraphFeatures> features = features(paragraphs, Stopwords.of(language));
        if (!Stopwords.inListedLanguage(features)) {
            features = features(paragraphs, Stopwords.ownFunctionWords(paragraphs));
        }
        boolean[] captions = new boolean[n];
        for (int i = 0; i < n; i++) {
            captions[i] = Captions.isCaption(paragraphs.get(i).text(), features.get(i));
        }
        boolean[] furniture = FurnitureMarks.of(paragraphs, features);
        int headlineRepeat = headlineRepeat(paragraphs, features);
        // The site's own: its promos and the box about the writer.
        boolean[] sitesOwn = Promos.of(paragraphs, features);
        boolean[] authorBoxes = AuthorBoxes.of(paragraphs);
        for (int i = 0; i < n; i++) {
            sitesOwn[i] |= authorBoxes[i];
        }
        // The page's own headline first, on the page without its lists: its headline block (the
        // headline, standfirst, byline, share buttons, down to the article) reads like a list of
        // headlines itself, and a list must not take it.
        Page bare = new Page(paragraphs, features, furniture, captions, sitesOwn, new boolean[n], headlineRepeat);
        FurnitureFilter.Article draft = FurnitureFilter.article(bare);
        int title = ParagraphRoles.title(bare, draft);
        int articleStart = title < 0 ? -1 : ParagraphRoles.nextKept(draft.kept(), title + 1);
        int headTo = title < 0 ? -1 : articleStart < 0 ? title : articleStart - 1;
        boolean[] pageOnly = TeaserLists.of(paragraphs, features, title, headTo);
        for (int i = 0; i < n; i++) {
            pageOnly[i] |= sitesOwn[i];
        }
        boolean[] copies = Repeats.of(paragraphs, features, draft.kept());
        Page page = new Page(paragraphs, features, furniture, captions, pageOnly, copies, headlineRepeat);
        FurnitureFilter.Article article = FurnitureFilter.article(page);
        Kind[] kinds = ParagraphRoles.of(page, article, title);
        List<Paragraph> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paragraphs.get(i).withKind(kinds[i]));
        }
        return out;
    }

    /**
     * The page's first line coming back further down as the headline (scraped pages start with the
     * HTML title, often with the site's name after a separator): the first such repeat, or -1.
     */
    private static int headlineRepeat(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        if (paragraphs.size() < 3) {
            return -1;
        }
        String first = normalise(paragraphs.get(0).text());
        List<String> candidates = new ArrayList<>();
        candidates.add(first);
        for (String separator : new String[] {" | ", " – ", " — ", " - ", " :: ", " · ", " » "}) {
            int last = first.lastIndexOf(separator);
            if (last > 0) {
                candidates.add(first.substring(0, last).strip());
                candidates.add(first.substring(0, first.indexOf(separator)).strip());
            }
        }
        candidates.removeIf(c -> Words.count(c) < 3);
        for (int i = 1; i < paragraphs.size(); i++) {
            int words = features.get(i).words();
            if (words >= 3 && words <= TITLE_MAX_WORDS && candidates.contains(normalise(paragraphs.get(i).text()))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
