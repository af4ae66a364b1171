package dev.textdig.article;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** A section's label above a headline is this short. */
    private static final int KICKER_MAX_WORDS = 3;
    /** A lead is prose: a paragraph at least this long. */
    private static final int LEAD_MIN_WORDS = FurnitureFilter.SHORT_WORDS;
    /** A writer's name: two or three capitalised words. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}");
    /** Names joined by "and", "&" or commas, the outlet in capitals after them may be; or one name and the outlet. */
    private static final Pattern NAMES = Pattern.compile(
            NAME + "(?:\\s*(?:,|\\band\\b|&)\\s*" + NAME + ")+(?:\\s+[\\p{Lu}\\d&.-]{2,}(?:\\s+[\\p{Lu}\\d&.-]{2,})*)?"
            + "|" + NAME + "\\s+[\\p{Lu}&.-]{2,}(?:\\s+[\\p{Lu}\\d&.-]{2,})*");

    private ParagraphRoles() {
    }

    /**
     * Each paragraph's kind: {@link Kind#BOILERPLATE} for what the filter left out, a role for the
     * rest; {@code title} is the headline decided beforehand ({@link #title}), -1 for none.
     */
    static Kind[] of(ParagraphClassifier.Page page, FurnitureFilter.Article article, int title) {
        boolean[] kept = article.kept();
        int n = kept.length;
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = kept[i] ? Kind.BODY : Kind.BOILERPLATE;
        }
        int firstKept = nextKept(kept, 0);
        if (firstKept >= 0) {
            assignRoles(page.features(), notHeadlines(page, article), kept, kinds, firstKept, lastKept(kept), title);
        }
        return kinds;
    }

    /** The page's headline: the paragraph that is to be the {@link Kind#TITLE}, or -1. */
    static int title(ParagraphClassifier.Page page, FurnitureFilter.Article article) {
        int firstKept = nextKept(article.kept(), 0);
        if (firstKept < 0) {
            return -1;
        }
        List<Paragraph> paragraphs = page.paragraphs();
        List<ParagraphFeatures> features = page.features();
        boolean[] furniture = notHeadlines(page, article);
        int headline = page.headlineRepeat();
        int title = headline >= 0 && headline < firstKept
                && (article.followsHeadline() || noProseBetween(article.proseOnItsOwn(), headline, firstKept))
                ? headline : findTitle(paragraphs, features, furniture, article.kept(), firstKept);
        return title >= 0 ? title : firstLineHeadline(paragraphs, features, furniture, article.proseOnItsOwn(), firstKept);
    }

    /**
     * The headline whose standfirst {@code found} may be: an earlier headline-like line in the
     * window that tells the same story (half its longer words or more, four at least, come back
     * in it), or {@code found} itself. A headline comes before the line that retells it.
     */
    private static int headlineOf(List<Paragraph> paragraphs, List<ParagraphFeatures> features, boolean[] furniture,
                                  int found, int windowStart) {
        Set<String> theirs = contentWords(paragraphs.get(found).text());
        for (int i = found - 1; i >= 0 && i >= windowStart; i--) {
            ParagraphFeatures f = features.get(i);
            if (furniture[i] || f.metaLine() || !looksLikeHeadline(paragraphs.get(i), f)) {
                continue;
            }
            Set<String> ours = contentWords(paragraphs.get(i).text());
            long shared = ours.stream().filter(theirs::contains).count();
            if (shared >= 4 && shared * 2 >= ours.size()) {
                return i;
            }
        }
        return found;
    }

    /** Words of four letters or more, lower-cased: what two headlines of one story share. */
    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Words.forEach(text, w -> {
            if (w.length() >= 4) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        });
        return words;
    }

    /**
     * Whether nothing between the headline and the article is prose on its own: what stands there,
     * however long (share buttons, a picture, a table), is the headline's block, not another story.
     */
    private static boolean noProseBetween(boolean[] prose, int headline, int articleStart) {
        for (int i = headline + 1; i < articleStart; i++) {
            if (prose[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Furniture and captions: never the headline, nor meta (a caption is about the picture); nor a
     * notice's text before its button.
     */
    private static boolean[] notHeadlines(ParagraphClassifier.Page page, FurnitureFilter.Article article) {
        boolean[] not = Notices.of(page.paragraphs(), page.features());
        for (int i = 0; i < not.length; i++) {
            not[i] |= page.furniture()[i] || page.captions()[i]
                    || (article.pageShowsFurniture() && (page.pageOnly()[i] || page.copies()[i]));
        }
        return not;
    }

    private static void assignRoles(List<ParagraphFeatures> features, boolean[] furniture, boolean[] kept, Kind[] kinds,
                                    int firstKept, int lastKept, int title) {
        if (title >= 0) {
            kinds[title] = Kind.TITLE;
            int lead = firstKept > title ? firstKept : nextProse(kept, features, title + 1);
            if (lead >= 0 && lead - title <= 4 && features.get(lead).words() >= LEAD_MIN_WORDS) {
                kinds[lead] = Kind.LEAD;
            }
        }
        int metaFrom = Math.max(0, (title >= 0 ? title : firstKept) - 3);
        int metaTo = Math.min(features.size() - 1, lastKept + 6);
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

    private static int lastKept(boolean[] kept) {
        for (int i = kept.length - 1; i >= 0; i--) {
            if (kept[i]) {
                return i;
            }
        }
        return -1;
    }

    static int nextKept(boolean[] kept, int from) {
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
                return headlineOf(paragraphs, features, furniture, i, firstKept - TITLE_WINDOW);
            }
        }
        // The article opens on its headline, maybe under a dateline or byline: the headline is the
        // first line past them that reads as one. A line that holds a date may be the headline
        // itself (NHL game results, April 1), when no such line follows.
        int pastMeta = firstKept;
        while (pastMeta >= 0 && features.get(pastMeta).metaLine()) {
            pastMeta = nextKept(kept, pastMeta + 1);
        }
        for (int first : new int[] {pastMeta, firstKept}) {
            if (first >= 0 && looksLikeHeadline(paragraphs.get(first), features.get(first)) && nextKept(kept, first + 1) > 0) {
                return first;
            }
        }
        return -1;
    }

    private static boolean looksLikeHeadline(Paragraph p, ParagraphFeatures f) {
        return headlineSized(p, f) && !p.text().strip().endsWith(".");
    }

    /** A few words that do not run on into what follows, not a contact address, not a menu line. */
    private static boolean headlineSized(Paragraph p, ParagraphFeatures f) {
        String text = p.text().strip();
        char last = text.charAt(text.length() - 1);
        return f.words() >= 3 && f.words() <= TITLE_MAX_WORDS && last != ':' && last != ','
                && !f.separators() && !f.address() && !namesOnly(text);
    }

    /**
     * A byline without its "By": writers' names joined by "and" or commas, or one name, with the
     * outlet's name in capitals after them ({@code Anna Lorne and Tom Hale THE HERALD}). A line
     * all in capitals is not one: names are written in mixed case beside the outlet's capitals,
     * and a headline in capitals ({@code FERRY STRIKE ENDS AFTER PILOTS ACCEPT NEW CONTRACT}) read
     * as three names and an outlet.
     */
    static boolean namesOnly(String text) {
        return hasLowerCase(text) && NAMES.matcher(text).matches();
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
        int first = nonEmptyFrom(features, 0);
        if (isKicker(paragraphs.get(first), features.get(first), furniture[first]) && first + 1 < features.size()) {
            first = nonEmptyFrom(features, first + 1); // "Sciences", then the headline: the section's label above it
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

    private static int nonEmptyFrom(List<ParagraphFeatures> features, int from) {
        int i = from;
        while (i < features.size() - 1 && features.get(i).words() == 0) {
            i++;
        }
        return i;
    }

    /**
     * A section's label above the headline ({@code Sciences}, {@code Élections municipales}, {@code
     * World}): one to three words, no sentence, no byline, date, address or furniture.
     */
    private static boolean isKicker(Paragraph p, ParagraphFeatures f, boolean furniture) {
        String text = p.text().strip();
        return f.words() >= 1 && f.words() <= KICKER_MAX_WORDS && !furniture && !f.metaLine() && !f.address()
                && !f.endsSentence() && !text.endsWith(":") && !f.separators();
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
