package dev.textdig.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, author, source and date from the classified paragraphs. */
public final class MetadataExtractor {
    /** A capitalised word of a name; inner capitals belong to it ({@code DeSantis}, {@code McConnell}). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    /**
     * The byline's prefix in any case, then name words joined by spaces, conjunctions and particles.
     * Only the prefix ignores case: a particle ({@code de}) or a conjunction must be lower case and
     * be followed by a name word, so it never ends a name or eats the start of one ({@code De}Santis).
     */
    private static final String BYLINE_PREFIX = "authors?\\s*:|by|written by|auteur\\s*:|par";
    /** A further name word, after spaces and the conjunctions and particles that join names. */
    private static final String JOINED_NAME_WORD = "(?:\\s+(?:(?:and|et|&|de|van|von|der|da|du|le|la)\\s+)*" + NAME_WORD + ")";
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?i:" + BYLINE_PREFIX + ")\\s+(" + NAME_WORD + JOINED_NAME_WORD + "*)");
    private static final Pattern SOURCE = Pattern.compile("(?i)^sources?\\s*:\\s*(.+)$");
    /**
     * The date reported: a full date with its year ({@code March 5, 2024}, {@code 5 mars 2024},
     * {@code 2024-03-05}). Narrower than {@code ParagraphFeatures.DATE_IN_LINE}, which marks a line
     * as meta even for a date without a year ({@code March 5}) or a numeric one.
     */
    private static final Pattern DATE_WITH_YEAR = Pattern.compile(
            "(?i)\\b(?:(?:" + Months.ENGLISH + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?:" + Months.ENGLISH + "|" + Months.FRENCH + ")\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");

    /** A title, a dash or bar between spaces, then up to five words that start with a capital or a digit. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(.+?)\\s+(?:[-|–—]|::)\\s+([\\p{Lu}\\d][^-|–—]{0,40}?)\\s*");
    /** What a masthead or a footer puts before the site's name: a copyright sign and year. */
    private static final Pattern MASTHEAD = Pattern.compile("^(?i:©|\\(c\\)|copyright)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*");

    /** What an HTML title puts between the headline, its section and the site's name. */
    private static final Pattern PAGE_TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—·»]|::)\\s+");

    /** A site's name: up to four words, each capitalised or not a word ({@code BBC News}, {@code WIRED}, {@code Remember 80/90}). */
    private static final Pattern SITE_NAME = Pattern.compile("[\\p{Lu}\\d][^\\s]*(?:\\s+[\\p{Lu}\\d&][^\\s]*){0,3}");

    /** A month and a day, a weekday or "Updated", capitalised like a name, where a byline's date begins ({@code Theresa May} is a name). */
    private static final Pattern DATE_AFTER_NAME = Pattern.compile("(?i)\\s(?:(?:" + Months.ENGLISH + "|" + Months.FRENCH
            + ")\\.?\\s+\\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
            + "|samedi|dimanche|updated|published|posted|publié|mis à jour)(?![\\p{L}\\d]))");
    /** A writer's role after their name, with the desk or rank before it. */
    private static final Pattern ROLE_AFTER_NAME = Pattern.compile("(?i)\\s(?:(?:senior|chief|staff|business|political|foreign"
            + "|contributing|deputy|sports|tech|health|science|special)\\s+)?(?:staff writer|writer|columnist|reporter"
            + "|correspondent|editor|contributor|journaliste|envoyée? spéciale?|rédacteur|rédactrice)\\b");
    /** A byline's prefix alone on its line. */
    private static final Pattern BARE_BYLINE = Pattern.compile("(?i)" + BYLINE_PREFIX + "|words by|auteurs\\s*:");
    /** A name and nothing else: two to four name words, joined by particles or "and". */
    private static final Pattern NAME_LINE = Pattern.compile(NAME_WORD + JOINED_NAME_WORD + "{1,3}");
    /** How many paragraphs above the article's first a byline left in its head may stand. */
    private static final int BYLINE_REACH_ABOVE = 15;
    /** How far down the page a byline may stand. */
    private static final int SPLIT_BYLINE_REACH = 12;

    private MetadataExtractor() {
    }

    /** The name a byline gives ({@code By Roger Gonzalez} gives {@code Roger Gonzalez}), or null. */
    static String bylineName(String text) {
        String line = text.strip();
        Matcher m = AUTHOR.matcher(line);
        if (!m.find()) {
            return null;
        }
        // "By Joseph Tsidulko November 19, 2019": the date that follows is no part of the name.
        Matcher date = DATE_AFTER_NAME.matcher(line);
        boolean dated = date.find(m.start(1)) && date.start() < m.end(1);
        String name = (dated ? line.substring(m.start(1), date.start()) : m.group(1)).strip();
        // "By Meg James Staff Writer", "By Michael Hiltzik Business Columnist": the role is no part of it.
        Matcher role = ROLE_AFTER_NAME.matcher(name);
        return role.find() && role.start() > 0 ? name.substring(0, role.start()).strip() : name;
    }

    public static Metadata extract(List<Paragraph> paragraphs) {
        String title = null;
        String author = null;
        String source = null;
        String date = null;
        for (Paragraph p : paragraphs) {
            String text = p.text().strip();
            if (p.kind() == Kind.TITLE && title == null) {
                title = text;
            }
            if (p.kind() != Kind.META) {
                continue;
            }
            if (author == null) {
                author = bylineName(text);
            }
            Matcher m = SOURCE.matcher(text);
            if (source == null && m.find()) {
                source = m.group(1).strip();
            }
            m = DATE_WITH_YEAR.matcher(text);
            if (date == null && m.find()) {
                date = m.group().strip();
            }
        }
        String pageTitle = pageTitleLine(paragraphs);
        if (title == null || pageTitle != null && !sharesAWord(title, pageTitle)) {
            // A headline chosen on the page that has no word in common with the page's own title
            // line is another story's (a video list's, a teaser's): the title line names the article.
            title = pageTitle != null ? pageTitle : title;
        }
        if (author == null) {
            author = splitBylineName(paragraphs);
        }
        if (author == null) {
            author = bylineAboveTheArticle(paragraphs);
        }
        return new Metadata(withoutSiteName(title, paragraphs), author, source, date);
    }

    /** Whether two titles share a word of four letters or more, case aside. */
    private static boolean sharesAWord(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>();
        Words.forEach(a.toLowerCase(java.util.Locale.ROOT), w -> {
            if (w.length() >= 4) {
                words.add(w);
            }
        });
        boolean[] shared = {false};
        Words.forEach(b.toLowerCase(java.util.Locale.ROOT), w -> shared[0] |= words.contains(w));
        return shared[0];
    }

    /**
     * A byline the classifier left in the furniture of the article's head (between the headline,
     * the writer's box and the picture): the last one among the few paragraphs just above the
     * article's first paragraph. Further up, a byline is more likely another story's.
     */
    static String bylineAboveTheArticle(List<Paragraph> paragraphs) {
        int first = 0;
        while (first < paragraphs.size() && paragraphs.get(first).kind() != Kind.LEAD && paragraphs.get(first).kind() != Kind.BODY) {
            first++;
        }
        for (int i = first - 1; i >= 0 && i >= first - BYLINE_REACH_ABOVE; i--) {
            String name = bylineName(paragraphs.get(i).text());
            if (name == null && i + 1 < first) {
                name = splitByline(paragraphs, i);
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * A byline the page laid out on two lines, its prefix alone and then the name ({@code By} /
     * {@code Al Root}): the name, when the prefix stands among the page's first lines and the next
     * line is a name and nothing else.
     */
    static String splitBylineName(List<Paragraph> paragraphs) {
        int limit = Math.min(paragraphs.size() - 1, SPLIT_BYLINE_REACH);
        for (int i = 0; i < limit; i++) {
            if (paragraphs.get(i).kind() != Kind.BOILERPLATE && BARE_BYLINE.matcher(paragraphs.get(i).text().strip()).matches()) {
                return splitByline(paragraphs, i);
            }
        }
        return null;
    }

    /** The name on the line after paragraph {@code i} when {@code i} is a byline's prefix alone ({@code By}), else null. */
    private static String splitByline(List<Paragraph> paragraphs, int i) {
        if (!BARE_BYLINE.matcher(paragraphs.get(i).text().strip()).matches()) {
            return null;
        }
        String name = paragraphs.get(i + 1).text().strip();
        return NAME_LINE.matcher(name).matches() ? name : null;
    }

    /**
     * When no paragraph is the headline, the page's first line may still name the article: a line
     * with a separator, which the classifier reads as a menu. On a scraped page (other furniture
     * too) it is the HTML title: its first part, before the site's name ({@code The Future of
     * Banking Is … You're Broke | WIRED}) or before its section and site ({@code Headline - Section
     * - Site}). When what follows the separator is not a site's name (more than four words, or words
     * in lower case: {@code Milan Design Week 2018 | Anastassiades' light installation for FLOS}),
     * or the page shows no other furniture ({@code The Insider | Athena Calderone} atop a clean
     * article), the whole line is the title. A line of many parts is a menu, and a line with no
     * separator may be the site's name alone ({@code Quanta Magazine}): no title.
     */
    static String pageTitleLine(List<Paragraph> paragraphs) {
        Paragraph line = paragraphs.stream().filter(p -> !p.text().isBlank()).findFirst().orElse(null);
        if (line == null) {
            return null;
        }
        String first = line.text().strip();
        String[] parts = PAGE_TITLE_SEPARATOR.split(first, -1);
        if (parts.length < 2 || parts.length > 3 || first.endsWith(".") || Words.count(first) > ParagraphClassifier.TITLE_MAX_WORDS) {
            return null;
        }
        String head = parts[0].strip();
        int words = Words.count(head);
        boolean scraped = paragraphs.stream().anyMatch(p -> p != line && p.kind() == Kind.BOILERPLATE);
        boolean siteAfter = parts.length == 3 || SITE_NAME.matcher(parts[1].strip()).matches();
        if (scraped && siteAfter) {
            return words >= 3 || words == 2 && parts.length == 2 ? head : null;
        }
        return words >= 2 && parts.length == 2 ? first : null;
    }

    /**
     * A page's title often ends with its site's name ({@code … Disappoints - Barron's}, {@code … |
     * Reuters}); the name is cut off when the page shows it on a line of its own too (its masthead
     * or its footer: {@code Barron's}, {@code © 2019 Barron's}). A title whose last part is not
     * repeated so keeps it: {@code Star Wars Jedi: Fallen Order review – shoots for the moon}.
     */
    static String withoutSiteName(String title, List<Paragraph> paragraphs) {
        if (title == null) {
            return null;
        }
        Matcher m = SITE_SUFFIX.matcher(title);
        if (!m.matches() || m.group(1).split("\\s+").length < 3) {
            return title;
        }
        String site = m.group(2);
        int siteWords = site.split("\\s+").length;
        for (Paragraph p : paragraphs) {
            String text = p.text().strip();
            if (p.kind() != Kind.TITLE && text.length() <= site.length() + 30
                    && MASTHEAD.matcher(text).replaceFirst("").strip().equalsIgnoreCase(site)
                    && text.split("\\s+").length <= siteWords + 4) {
                return m.group(1).strip();
            }
        }
        return title;
    }
}
