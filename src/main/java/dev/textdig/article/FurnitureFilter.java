package dev.textdig.article;

import java.util.Arrays;
import java.util.List;

/**
 * Tells the article from the page furniture around it.
 *
 * <p>Furniture needs evidence in the page: a page without a single furniture-like line is article
 * text only, and every paragraph of it is kept. On a page that shows furniture, the method follows
 * jusText (Pomikálek, 2011), adapted to text without HTML:
 * <ol>
 * <li>each paragraph is judged on its own: prose is long and rich in function words; furniture is
 *     glued ({@code 16,985FansLike}), a known widget line, a truncated copy of another paragraph,
 *     or one of many short lines of the same shape (comment headers, dates);</li>
 * <li>short and doubtful paragraphs take their neighbours' verdict, so a subheading between two
 *     body paragraphs is kept and a short line in a menu is not;</li>
 * <li>the article is one stretch of the page: the stretch with the most prose, where everything
 *     else costs a little (a maximum-sum run). When the page's first line (the HTML title of a
 *     scraped page) comes back as a headline further down, the stretch starts just after it.</li>
 * </ol>
 */
final class FurnitureFilter {
    /** Fewer words than this and a paragraph cannot be judged on its own. */
    static final int SHORT_WORDS = 10;
    /** This many words of prose with enough function words is content on its own. */
    private static final int LONG_WORDS = 30;
    private static final int SENTENCE_WORDS = 15;
    /** Share of function words in prose. Our lists are shorter than jusText's, so its 0.30 reads lower here. */
    static final double PROSE_FUNCTION_WORDS = 0.22;
    private static final double NEAR_FUNCTION_WORDS = 0.18;
    /**
     * What a paragraph that is not prose costs the stretch holding it, in words of prose: a fixed
     * part and a part per word (up to 20 words); a furniture line costs more.
     */
    private static final double GAP_COST = 4;
    private static final double GAP_COST_PER_WORD = 1;
    private static final double FURNITURE_COST = 40;
    /** The most words an insert set inside the article ({@code Read more: ...}) is charged for. */
    private static final int INSERT_WORDS = 4;
    /** A picture's or an embedded post's control under its caption is a word or two. */
    private static final int PICTURE_CONTROL_WORDS = 2;

    /** A link to another story set inside the article: its label, a colon, the story's headline. */
    private static final java.util.regex.Pattern INLINE_LINK = java.util.regex.Pattern.compile(
            "(?iu)\\(?(?:read (?:more|also|next)|see also|related|more on this|(?:à )?lire (?:aussi|également)|voir aussi|also"
            + "|leggi anche(?: su)?|leia também|veja também|lee también|lea también|baca juga|lihat juga|lesen sie auch)\\s*:\\s*\\S");

    /**
     * The label of a box of links set inside the article ({@code Related Links}, {@code See also}),
     * alone on its line: the box's own lines follow it, then the article goes on.
     */
    private static final java.util.regex.Pattern BOX_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:related(?: (?:links|stories|articles|coverage|content))?|more on this(?: story)?|see also|read (?:more|also)"
            + "|(?:à )?lire (?:aussi|également)|voir aussi)\\s*:?\\s*");

    /**
     * A shopping guide's item line or button: a price ({@code Sonos Move for $400}) or a shop's
     * button ({@code See it now: Amazon}, {@code Buy now}, {@code Get it at Walmart}).
     */
    private static final java.util.regex.Pattern SHOPPING = java.util.regex.Pattern.compile(
            "[$€£]\\s?\\d|\\d\\s?[€£]|(?i)^(?:see it now|buy (?:it )?now|shop now|get it (?:on|at|from)|available (?:on|at|from)"
            + "|view deal|check price|see (?:price|deal))\\b");

    /**
     * The label of an advertisement's slot, which pages set between an article's paragraphs
     * ({@code Advertisement}, {@code Story continues below advertisement}, {@code Publicité}).
     */
    private static final java.util.regex.Pattern AD_SLOT = java.util.regex.Pattern.compile(
            "(?iu)[\\p{Punct}\\s]*(?:advertisement|advert|ad|sponsored|publicité|annonce"
            + "|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?"
            + "|continue reading (?:below|the main story|after (?:this|the) ad(?:vertisement)?)"
            + "|la suite (?:de l[’']article )?(?:ci-dessous|après (?:cette|la) publicité))[\\p{Punct}\\s]*");

    private enum Verdict { GOOD, NEAR, SHORT, BAD }

    /**
     * The filter's answer: which paragraphs are the article, and which were prose on their own,
     * before their neighbours had a say (where a first line that reads as a sentence is told from
     * a headline); whether the page shows furniture, and whether the article's stretch starts
     * just after the headline repeat (its headline block between them).
     */
    record Article(boolean[] kept, boolean[] proseOnItsOwn, boolean pageShowsFurniture, boolean followsHeadline) {
    }

    private FurnitureFilter() {
    }

    static Article article(ParagraphClassifier.Page page) {
        List<ParagraphFeatures> features = page.features();
        boolean[] furniture = page.furniture();
        boolean[] captions = page.captions();
        boolean[] pageOnly = page.pageOnly();
        int headline = page.headlineRepeat();
        int n = features.size();
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            verdicts[i] = furniture[i] || captions[i] ? Verdict.BAD : judge(features.get(i));
        }
        Verdict[] judged = verdicts.clone();
        boolean[] inserts = new boolean[n];
        for (int i = 0; i < n; i++) {
            inserts[i] = insideArticle(page.paragraphs().get(i).text().strip());
        }
        boolean shows = hasFurniture(furniture, features, headline, inserts);
        boolean followsHeadline = false;
        if (shows) {
            // A list of other stories' headlines or a promo is no evidence by itself (an article
            // may hold a list, or mention a newsletter), but on a page that shows furniture it is
            // part of it. Its lines cost the stretch what any other short line does: a box of
            // links inside the article does not cut the article in two.
            for (int i = 0; i < n; i++) {
                if (pageOnly[i]) {
                    verdicts[i] = Verdict.BAD;
                }
            }
            resolveByContext(verdicts, features, captions);
            followsHeadline = keepMainStretch(verdicts, page, headline, inserts);
            keepShortTexts(verdicts, features, furniture, captions, judged);
            keepArticleLists(verdicts, page);
            // A copy of a paragraph is text, so it costs the stretch nothing; but the article
            // says it once (see Repeats).
            for (int i = 0; i < n; i++) {
                if (page.copies()[i]) {
                    verdicts[i] = Verdict.BAD;
                }
            }
        } else {
            // Nothing on the page looks like furniture, so nothing is: a short line is a short
            // paragraph of the article, not a menu item, whatever its length or place. A caption,
            // a link to another story or an ad's slot is no evidence of a page around the article
            // (saved articles keep theirs), but none of them is part of the text.
            for (int i = 0; i < n; i++) {
                verdicts[i] = captions[i] || inserts[i] ? Verdict.BAD : Verdict.GOOD;
            }
        }
        boolean[] kept = new boolean[n];
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            kept[i] = verdicts[i] == Verdict.GOOD;
            prose[i] = judged[i] == Verdict.GOOD;
        }
        return new Article(kept, prose, shows, followsHeadline);
    }

    /**
     * Whether the page shows any furniture at all: a line marked as such, a menu or breadcrumb line
     * (items between separators), or the page's title line coming back as the headline (a scraped
     * page, which starts with the HTML title). Without one of these the page is article text only.
     * What the page sets inside the article (a link to another story, an ad's slot) is furniture
     * inside it, no sign of a page around it: a clean article with its ad labels left in is clean.
     */
    private static boolean hasFurniture(boolean[] furniture, List<ParagraphFeatures> features, int headline, boolean[] inserts) {
        if (headline >= 0) {
            return true;
        }
        for (int i = 0; i < furniture.length; i++) {
            ParagraphFeatures f = features.get(i);
            if (!inserts[i] && (furniture[i] || (f.separators() && !f.endsSentence()))) {
                return true;
            }
        }
        return false;
    }

    private static Verdict judge(ParagraphFeatures f) {
        if (f.words() == 0) {
            return Verdict.BAD;
        }
        if (f.separators() && !f.endsSentence()) {
            return Verdict.BAD;
        }
        if (f.words() < SHORT_WORDS) {
            return Verdict.SHORT;
        }
        if (f.stopwordRatio() >= PROSE_FUNCTION_WORDS
                && (f.words() >= LONG_WORDS || (f.words() >= SENTENCE_WORDS && f.endsSentence()))) {
            return Verdict.GOOD;
        }
        if (f.stopwordRatio() >= NEAR_FUNCTION_WORDS) {
            return Verdict.NEAR;
        }
        return f.words() >= LONG_WORDS ? Verdict.BAD : Verdict.SHORT;
    }

    /**
     * Doubtful paragraphs take their neighbours' verdict. A NEAR paragraph is content when prose
     * is next to it on either side; a SHORT one only when prose lies on both sides, or when it is
     * a sentence that ends the page after prose. Otherwise the ends of the page count as
     * furniture. Meta lines are skipped when looking for neighbours.
     */
    private static void resolveByContext(Verdict[] v, List<ParagraphFeatures> features, boolean[] captions) {
        int n = v.length;
        Verdict[] before = nearestDecided(v, features, captions, +1);
        Verdict[] after = nearestDecided(v, features, captions, -1);
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.NEAR) {
                v[i] = before[i] == Verdict.GOOD || after[i] == Verdict.GOOD ? Verdict.GOOD : Verdict.BAD;
            }
        }
        before = nearestDecided(v, features, captions, +1);
        after = nearestDecided(v, features, captions, -1);
        int last = n - 1;
        while (last > 0 && features.get(last).words() == 0) {
            last--;
        }
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.SHORT) {
                // The page's last line, a sentence right after prose, is the article's closing
                // line ("The hearing continues on Monday."): a footer would stand after it.
                boolean closing = i == last && features.get(i).endsSentence() && !features.get(i).furnitureCue();
                v[i] = before[i] == Verdict.GOOD && (after[i] == Verdict.GOOD || closing) ? Verdict.GOOD : Verdict.BAD;
            }
        }
    }

    /**
     * For each paragraph, the verdict of the nearest one before it ({@code step} +1, walking
     * forwards) or after it ({@code step} -1, walking backwards), skipping short, doubtful and meta
     * paragraphs and captions (a picture between two paragraphs does not part them); BAD at the ends
     * of the page. One pass, so a page of doubtful lines stays linear.
     */
    private static Verdict[] nearestDecided(Verdict[] v, List<ParagraphFeatures> features, boolean[] captions, int step) {
        int n = v.length;
        Verdict[] nearest = new Verdict[n];
        Verdict last = Verdict.BAD;
        for (int k = 0; k < n; k++) {
            int i = step > 0 ? k : n - 1 - k;
            nearest[i] = last;
            if (!(features.get(i).metaLine() || captions[i] || v[i] == Verdict.SHORT || v[i] == Verdict.NEAR)) {
                last = v[i];
            }
        }
        return nearest;
    }

    /**
     * Keeps prose only in the page's main stretch: the run of paragraphs with the largest sum of
     * prose words minus the cost of everything else. With a headline repeat, the run must start
     * within a few paragraphs after it (furniture and captions not counted); whether it did.
     */
    private static boolean keepMainStretch(Verdict[] v, ParagraphClassifier.Page page, int headline, boolean[] inserts) {
        List<ParagraphFeatures> features = page.features();
        boolean[] furniture = page.furniture();
        boolean[] captions = page.captions();
        int n = v.length;
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            ParagraphFeatures f = features.get(i);
            if (v[i] == Verdict.GOOD) {
                value[i] = f.words();
            } else if ((f.metaLine() && !furniture[i]) || captions[i]
                    || (i > 0 && captions[i - 1] && f.words() <= PICTURE_CONTROL_WORDS && !f.furnitureCue())) {
                // A word or two just under a picture's caption ("Report", "Expand") is the
                // picture's or the embedded post's control: part of the picture, not a cut.
                value[i] = -1;
            } else if (inserts[i] || BOX_LABEL.matcher(page.paragraphs().get(i).text().strip()).matches()
                    || (f.words() <= 8 && !f.furnitureCue() && !f.gluedWords() && SHOPPING.matcher(page.paragraphs().get(i).text().strip()).find())) {
                // "Lire aussi : …", "READ MORE: …", "Advertisement", a box's label, a shop's button:
                // what the page sets between the article's paragraphs; furniture, but it costs the
                // stretch what a short line does, so it does not cut the article in two. Never
                // more: a linked headline's words are no evidence against the paragraphs around it.
                value[i] = -(GAP_COST + Math.min(f.words(), INSERT_WORDS) * GAP_COST_PER_WORD);
            } else if (furniture[i] || f.furnitureCue() || f.gluedWords()) {
                value[i] = -FURNITURE_COST;
            } else {
                value[i] = -(GAP_COST + Math.min(f.words(), 20) * GAP_COST_PER_WORD);
            }
        }
        int[] best = headline >= 0 ? bestRunStartingIn(value, headline + 1, page.windowAfter(headline)) : null;
        boolean followsHeadline = best != null;
        if (best == null) {
            best = bestRun(value);
        }
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.GOOD && (best == null || i < best[0] || i > best[1])) {
                v[i] = Verdict.BAD;
            }
        }
        return followsHeadline;
    }

    /** What pages set between an article's paragraphs: a link to another story, an advertisement's slot. */
    private static boolean insideArticle(String text) {
        return INLINE_LINK.matcher(text).lookingAt() || AD_SLOT.matcher(text).matches();
    }

    /** A list that starts in or just after the article is part of it (see {@link ArticleLists}). */
    private static void keepArticleLists(Verdict[] v, ParagraphClassifier.Page page) {
        boolean[] kept = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            kept[i] = v[i] == Verdict.GOOD;
        }
        boolean[] lists = ArticleLists.of(page.paragraphs(), page.features(), kept, page.furniture());
        for (int i = 0; i < v.length; i++) {
            if (lists[i] && !page.captions()[i]) {
                v[i] = Verdict.GOOD;
            }
        }
    }

    /**
     * A text too short to hold any paragraph of prose by itself (a brief, a snippet, a test) is
     * all content but for what is plainly furniture: its doubtful paragraphs and sentences stay.
     */
    private static void keepShortTexts(Verdict[] v, List<ParagraphFeatures> features, boolean[] furniture,
                                       boolean[] captions, Verdict[] judged) {
        for (Verdict verdict : v) {
            if (verdict == Verdict.GOOD) {
                return;
            }
        }
        for (int i = 0; i < v.length; i++) {
            ParagraphFeatures f = features.get(i);
            boolean sentence = f.endsSentence() && f.words() >= 3;
            if (!furniture[i] && !captions[i] && (judged[i] == Verdict.NEAR || sentence)) {
                v[i] = Verdict.GOOD;
            }
        }
    }

    /** Kadane's maximum-sum run: {start, end} inclusive, or null when nothing is positive. */
    private static int[] bestRun(double[] value) {
        int[] best = null;
        double bestSum = 0;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (sum <= 0) {
                sum = value[i];
                start = i;
            } else {
                sum += value[i];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = new int[] {start, i};
            }
        }
        return best;
    }

    /** The maximum-sum run whose start lies in [from, to]. */
    private static int[] bestRunStartingIn(double[] value, int from, int to) {
        int[] best = null;
        double bestSum = 0;
        for (int s = from; s <= to && s < value.length; s++) {
            double sum = 0;
            for (int e = s; e < value.length; e++) {
                sum += value[e];
                if (sum > bestSum) {
                    bestSum = sum;
                    best = new int[] {s, e};
                }
            }
        }
        return best;
    }
}
