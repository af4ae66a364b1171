package dev.textdig.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the article from the page furniture around it, then names each kept paragraph's role.
 *
 * <p>The method follows jusText (Pomikálek, 2011), adapted to text without HTML: each paragraph is
 * first judged on its own (prose is long, rich in function words and ends like a sentence; furniture
 * is short, glued, repeated or a known widget line), then short and doubtful paragraphs take the
 * verdict of their neighbours, so a subheading between two body paragraphs is kept and a short line
 * inside a menu is not. Roles follow from position: the title is the headline-like line closest
 * before the first prose, the lead is the first prose right after it.
 */
public final class ParagraphClassifier {
    /** Prose of this many words is content on its own when function words are common enough. */
    private static final int LONG_WORDS = 15;
    private static final int MEDIUM_WORDS = 8;
    private static final double PROSE_STOPWORDS = 0.25;
    private static final double NEAR_STOPWORDS = 0.15;
    /** Headings and titles are short; longer unpunctuated lines are teasers or captions. */
    private static final int HEADING_MAX_WORDS = 15;
    private static final int TITLE_MAX_WORDS = 30;
    /** How far before the first prose the title may stand. */
    private static final int TITLE_WINDOW = 8;

    private enum Verdict { GOOD, NEAR, SHORT, BAD }

    private ParagraphClassifier() {
    }

    public static List<Paragraph> classify(List<Paragraph> paragraphs, Language language) {
        int n = paragraphs.size();
        List<ParagraphFeatures> features = new ArrayList<>(n);
        for (Paragraph p : paragraphs) {
            features.add(ParagraphFeatures.of(p.text(), language));
        }
        boolean[] repeated = repeatedShortLines(paragraphs, features);
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            verdicts[i] = judge(features.get(i), repeated[i] || isTruncatedCopy(paragraphs, i, features.get(i)));
        }
        resolveByContext(verdicts, features);

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
            assignRoles(paragraphs, features, verdicts, kinds, firstGood, lastGood);
        }
        List<Paragraph> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paragraphs.get(i).withKind(kinds[i]));
        }
        return out;
    }

    private static Verdict judge(ParagraphFeatures f, boolean copy) {
        if (copy || f.gluedWords() || f.furnitureCue() || f.words() == 0) {
            return Verdict.BAD;
        }
        if (f.separators() && !f.endsSentence()) {
            return Verdict.BAD;
        }
        if (f.words() >= LONG_WORDS && f.stopwordRatio() >= PROSE_STOPWORDS) {
            return Verdict.GOOD;
        }
        if (f.words() >= MEDIUM_WORDS && f.endsSentence() && f.stopwordRatio() >= PROSE_STOPWORDS) {
            return Verdict.GOOD;
        }
        if (f.words() >= MEDIUM_WORDS && (f.stopwordRatio() >= NEAR_STOPWORDS || f.endsSentence())) {
            return Verdict.NEAR;
        }
        return Verdict.SHORT;
    }

    /**
     * Doubtful paragraphs take their neighbours' verdict. A NEAR paragraph is content unless
     * furniture lies on both sides; a SHORT one only when content lies on both sides. The ends of
     * the page count as furniture. Meta lines are skipped when looking for neighbours.
     */
    private static void resolveByContext(Verdict[] v, List<ParagraphFeatures> features) {
        int n = v.length;
        Verdict[] resolved = v.clone();
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.NEAR) {
                boolean before = neighbour(v, features, i, -1, false) == Verdict.GOOD;
                boolean after = neighbour(v, features, i, +1, false) == Verdict.GOOD;
                resolved[i] = before || after ? Verdict.GOOD : Verdict.BAD;
            }
        }
        System.arraycopy(resolved, 0, v, 0, n);
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.SHORT) {
                boolean before = neighbour(v, features, i, -1, true) == Verdict.GOOD;
                boolean after = neighbour(v, features, i, +1, true) == Verdict.GOOD;
                resolved[i] = before && after ? Verdict.GOOD : Verdict.BAD;
            }
        }
        System.arraycopy(resolved, 0, v, 0, n);
    }

    private static Verdict neighbour(Verdict[] v, List<ParagraphFeatures> features, int i, int step, boolean skipShort) {
        for (int j = i + step; j >= 0 && j < v.length; j += step) {
            if (features.get(j).metaLine() || (skipShort && v[j] == Verdict.SHORT) || (!skipShort && v[j] == Verdict.NEAR)) {
                continue;
            }
            if (v[j] == Verdict.SHORT) {
                continue;
            }
            return v[j];
        }
        return Verdict.BAD;
    }

    private static void assignRoles(List<Paragraph> paragraphs, List<ParagraphFeatures> features, Verdict[] verdicts,
                                    Kind[] kinds, int firstGood, int lastGood) {
        int title = findTitle(paragraphs, features, verdicts, firstGood);
        if (title >= 0) {
            kinds[title] = Kind.TITLE;
            int lead = firstGood > title ? firstGood : nextGood(verdicts, title + 1);
            if (lead >= 0 && lead - title <= 4 && features.get(lead).words() >= MEDIUM_WORDS) {
                kinds[lead] = Kind.LEAD;
            }
        }
        int metaFrom = Math.max(0, (title >= 0 ? title : firstGood) - 3);
        int metaTo = Math.min(paragraphs.size() - 1, lastGood + 6);
        for (int i = metaFrom; i <= metaTo; i++) {
            if (features.get(i).metaLine() && i != title && !features.get(i).gluedWords()) {
                kinds[i] = Kind.META;
            }
        }
        for (int i = firstGood; i <= lastGood; i++) {
            ParagraphFeatures f = features.get(i);
            if (kinds[i] == Kind.BODY && f.words() <= HEADING_MAX_WORDS && !f.endsSentence()) {
                kinds[i] = Kind.HEADING;
            }
        }
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
     * The headline: the closest line before the first prose that reads like a headline (a few
     * words, not a sentence ending in a full stop, not furniture), skipping bylines, dates and captions.
     */
    private static int findTitle(List<Paragraph> paragraphs, List<ParagraphFeatures> features, Verdict[] verdicts, int firstGood) {
        for (int i = firstGood - 1; i >= 0 && i >= firstGood - TITLE_WINDOW; i--) {
            ParagraphFeatures f = features.get(i);
            if (f.metaLine() || f.gluedWords() || f.furnitureCue() || f.endsWithEllipsis() || verdicts[i] == Verdict.GOOD) {
                continue;
            }
            String text = paragraphs.get(i).text().strip();
            char last = text.charAt(text.length() - 1);
            if (f.words() >= 3 && f.words() <= TITLE_MAX_WORDS && last != '.' && last != ':' && !f.separators()) {
                return i;
            }
        }
        // A headline that is itself long prose: the first line of the page when the prose starts at once.
        return firstGood > 0 && features.get(firstGood).words() <= TITLE_MAX_WORDS && !features.get(firstGood).endsSentence()
                ? firstGood : -1;
    }

    /** Short lines that occur more than once on the page: menus, tags, repeated widgets. */
    private static boolean[] repeatedShortLines(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (features.get(i).words() < MEDIUM_WORDS) {
                counts.merge(normalise(paragraphs.get(i).text()), 1, Integer::sum);
            }
        }
        boolean[] repeated = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            repeated[i] = features.get(i).words() < MEDIUM_WORDS && counts.getOrDefault(normalise(paragraphs.get(i).text()), 0) > 1;
        }
        return repeated;
    }

    /** A line cut short with an ellipsis whose words stand in full in another paragraph (a teaser or breadcrumb). */
    private static boolean isTruncatedCopy(List<Paragraph> paragraphs, int i, ParagraphFeatures f) {
        if (!f.endsWithEllipsis()) {
            return false;
        }
        String s = paragraphs.get(i).text().strip();
        s = s.endsWith("…") ? s.substring(0, s.length() - 1) : s.substring(0, s.length() - 3);
        s = s.strip();
        if (s.length() < 12) {
            return false;
        }
        String tail = s.substring(s.length() * 2 / 5);
        for (int j = 0; j < paragraphs.size(); j++) {
            if (j != i && paragraphs.get(j).text().contains(tail)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
