package dev.textdig.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the article from the page furniture around it, then names each kept paragraph's role.
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
 *     scraped page) comes back as a headline further down, the stretch starts just after it;</li>
 * <li>roles follow from position: the headline is the title, the first prose after it the lead,
 *     short unpunctuated lines inside the article headings, bylines and dates meta.</li>
 * </ol>
 */
public final class ParagraphClassifier {
    /** Fewer words than this and a paragraph cannot be judged on its own. */
    private static final int SHORT_WORDS = 10;
    /** This many words of prose with enough function words is content on its own. */
    private static final int LONG_WORDS = 30;
    private static final int SENTENCE_WORDS = 15;
    /** Share of function words in prose. Our lists are shorter than jusText's, so its 0.30 reads lower here. */
    private static final double PROSE_FUNCTION_WORDS = 0.22;
    private static final double NEAR_FUNCTION_WORDS = 0.18;
    /** Headings are short; titles a little longer. */
    private static final int HEADING_MAX_WORDS = 15;
    private static final int TITLE_MAX_WORDS = 30;
    /** How far before the first prose the title may stand, and the article start after the headline. */
    private static final int TITLE_WINDOW = 8;
    /**
     * What a paragraph that is not prose costs the stretch holding it, in words of prose: a fixed
     * part and a part per word (up to 20 words); a furniture line costs more.
     */
    private static final double GAP_COST = 4;
    private static final double GAP_COST_PER_WORD = 1;
    private static final double FURNITURE_COST = 40;

    private enum Verdict { GOOD, NEAR, SHORT, BAD }

    private ParagraphClassifier() {
    }

    public static List<Paragraph> classify(List<Paragraph> paragraphs, Language language) {
        int n = paragraphs.size();
        List<ParagraphFeatures> features = new ArrayList<>(n);
        Set<String> functionWords = FunctionWords.forPage(paragraphs, language);
        for (Paragraph p : paragraphs) {
            features.add(ParagraphFeatures.of(p.text(), functionWords));
        }
        boolean[] furniture = FurnitureMarks.of(paragraphs, features);
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            verdicts[i] = furniture[i] ? Verdict.BAD : judge(features.get(i));
        }
        Verdict[] judged = verdicts.clone();
        int headline = headlineRepeat(paragraphs, features);
        if (hasFurniture(furniture, features, headline)) {
            resolveByContext(verdicts, features);
            keepMainStretch(verdicts, features, furniture, headline);
            keepShortTexts(verdicts, features, furniture, judged);
        } else {
            // Nothing on the page looks like furniture, so nothing is: a short line is a short
            // paragraph of the article, not a menu item, whatever its length or place.
            java.util.Arrays.fill(verdicts, Verdict.GOOD);
        }

        Kind[] kinds = new Kind[n];
        int firstGood = -1;
        int lastGood = -1;
        for (int i = 0; i < n; i++) {
            kinds[i] = verdicts[i] == Verdict.GOOD ? Kind.BODY : Kind.BOILERPLATE;
            if (verdicts[i] == Verdict.GOOD) {
                lastGood = i;
                if (firstGood < 0) {
                    firstGood = i;
                }
            }
        }
        if (firstGood >= 0) {
            assignRoles(paragraphs, features, furniture, verdicts, judged, kinds, firstGood, lastGood, headline);
        }
        List<Paragraph> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paragraphs.get(i).withKind(kinds[i]));
        }
        return out;
    }

    /**
     * Whether the page shows any furniture at all: a line marked as such, a menu or breadcrumb line
     * (items between separators), or the page's title line coming back as the headline (a scraped
     * page, which starts with the HTML title). Without one of these the page is article text only.
     */
    private static boolean hasFurniture(boolean[] furniture, List<ParagraphFeatures> features, int headline) {
        if (headline >= 0) {
            return true;
        }
        for (int i = 0; i < furniture.length; i++) {
            ParagraphFeatures f = features.get(i);
            if (furniture[i] || (f.separators() && !f.endsSentence())) {
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
     * is next to it on either side; a SHORT one only when prose lies on both sides. The ends of
     * the page count as furniture. Meta lines are skipped when looking for neighbours.
     */
    private static void resolveByContext(Verdict[] v, List<ParagraphFeatures> features) {
        int n = v.length;
        Verdict[] before = nearestDecided(v, features, +1);
        Verdict[] after = nearestDecided(v, features, -1);
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.NEAR) {
                v[i] = before[i] == Verdict.GOOD || after[i] == Verdict.GOOD ? Verdict.GOOD : Verdict.BAD;
            }
        }
        before = nearestDecided(v, features, +1);
        after = nearestDecided(v, features, -1);
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.SHORT) {
                v[i] = before[i] == Verdict.GOOD && after[i] == Verdict.GOOD ? Verdict.GOOD : Verdict.BAD;
            }
        }
    }

    /**
     * For each paragraph, the verdict of the nearest one before it ({@code step} +1, walking
     * forwards) or after it ({@code step} -1, walking backwards), skipping short, doubtful and meta
     * paragraphs; BAD at the ends of the page. One pass, so a page of doubtful lines stays linear.
     */
    private static Verdict[] nearestDecided(Verdict[] v, List<ParagraphFeatures> features, int step) {
        int n = v.length;
        Verdict[] nearest = new Verdict[n];
        Verdict last = Verdict.BAD;
        for (int k = 0; k < n; k++) {
            int i = step > 0 ? k : n - 1 - k;
            nearest[i] = last;
            if (!(features.get(i).metaLine() || v[i] == Verdict.SHORT || v[i] == Verdict.NEAR)) {
                last = v[i];
            }
        }
        return nearest;
    }

    /**
     * Keeps prose only in the page's main stretch: the run of paragraphs with the largest sum of
     * prose words minus the cost of everything else. With a headline repeat, the run must start
     * within a few paragraphs after it.
     */
    private static void keepMainStretch(Verdict[] v, List<ParagraphFeatures> features, boolean[] furniture, int headline) {
        int n = v.length;
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            ParagraphFeatures f = features.get(i);
            if (v[i] == Verdict.GOOD) {
                value[i] = f.words();
            } else if (f.metaLine() && !furniture[i]) {
                value[i] = -1;
            } else if (furniture[i] || f.furnitureCue() || f.gluedWords()) {
                value[i] = -FURNITURE_COST;
            } else {
                value[i] = -(GAP_COST + Math.min(f.words(), 20) * GAP_COST_PER_WORD);
            }
        }
        int[] best = headline >= 0 ? bestRunStartingIn(value, headline + 1, headline + TITLE_WINDOW) : null;
        if (best == null) {
            best = bestRun(value);
        }
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.GOOD && (best == null || i < best[0] || i > best[1])) {
                v[i] = Verdict.BAD;
            }
        }
    }

    /**
     * A text too short to hold any paragraph of prose by itself (a brief, a snippet, a test) is
     * all content but for what is plainly furniture: its doubtful paragraphs and sentences stay.
     */
    private static void keepShortTexts(Verdict[] v, List<ParagraphFeatures> features, boolean[] furniture, Verdict[] judged) {
        for (Verdict verdict : v) {
            if (verdict == Verdict.GOOD) {
                return;
            }
        }
        for (int i = 0; i < v.length; i++) {
            ParagraphFeatures f = features.get(i);
            boolean sentence = f.endsSentence() && f.words() >= 3;
            if (!furniture[i] && (judged[i] == Verdict.NEAR || sentence)) {
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

    private static void assignRoles(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] furniture,
                                    Verdict[] verdicts, Verdict[] judged, Kind[] kinds, int firstGood, int lastGood,
                                    int headline) {
        int title = headline >= 0 && headline < firstGood && firstGood - headline <= TITLE_WINDOW
                ? headline : findTitle(paragraphs, features, furniture, verdicts, firstGood);
        if (title < 0) {
            title = firstLineHeadline(paragraphs, features, furniture, judged, firstGood);
        }
        if (title >= 0) {
            kinds[title] = Kind.TITLE;
            int lead = firstGood > title ? firstGood : nextProse(verdicts, features, title + 1);
            if (lead >= 0 && lead - title <= 4 && features.get(lead).words() >= SHORT_WORDS) {
                kinds[lead] = Kind.LEAD;
            }
        }
        int metaFrom = Math.max(0, (title >= 0 ? title : firstGood) - 3);
        int metaTo = Math.min(paragraphs.size() - 1, lastGood + 6);
        for (int i = metaFrom; i <= metaTo; i++) {
            if (features.get(i).metaLine() && i != title && !furniture[i]) {
                kinds[i] = Kind.META;
            }
        }
        for (int i = firstGood; i <= lastGood; i++) {
            ParagraphFeatures f = features.get(i);
            if (kinds[i] == Kind.BODY && f.words() > 0 && f.words() <= HEADING_MAX_WORDS && !f.endsSentence()) {
                kinds[i] = Kind.HEADING;
            }
        }
    }

    /** The first kept paragraph from {@code from} on that is not a byline or date: where a lead may stand. */
    private static int nextProse(Verdict[] verdicts, List<ParagraphFeatures> features, int from) {
        for (int i = from; i < verdicts.length; i++) {
            if (verdicts[i] == Verdict.GOOD && !features.get(i).metaLine()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextGood(Verdict[] verdicts, int from) {
        for (int i = from; i < verdicts.length; i++) {
            if (verdicts[i] == Verdict.GOOD) {
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
                                 Verdict[] verdicts, int firstGood) {
        for (int i = firstGood - 1; i >= 0 && i >= firstGood - TITLE_WINDOW; i--) {
            ParagraphFeatures f = features.get(i);
            if (f.metaLine() || furniture[i] || f.endsWithEllipsis()) {
                continue;
            }
            if (looksLikeHeadline(paragraphs.get(i), f)) {
                return i;
            }
        }
        ParagraphFeatures first = features.get(firstGood);
        return looksLikeHeadline(paragraphs.get(firstGood), first) && nextGood(verdicts, firstGood + 1) > 0 ? firstGood : -1;
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
                                         boolean[] furniture, Verdict[] judged, int firstGood) {
        int first = 0;
        while (first < features.size() - 1 && features.get(first).words() == 0) {
            first++;
        }
        ParagraphFeatures f = features.get(first);
        if (first < firstGood - TITLE_WINDOW || furniture[first] || f.metaLine() || !headlineSized(paragraphs.get(first), f)) {
            return -1;
        }
        boolean sentence = f.endsSentence() && judged[first] == Verdict.GOOD && !titleCase(paragraphs.get(first).text());
        for (int i = first + 1; i < judged.length; i++) {
            if (judged[i] == Verdict.GOOD) {
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
