package dev.textdig.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boxes about who wrote and who published: a heading {@code About Anna Lorne} ({@code Sobre},
 * {@code À propos de}, {@code Über}) and the paragraph after it that names them again (their job,
 * their books, where to follow them), or a note that names them with their handle ({@code Anna
 * Lorne (@annalorne) is a reporter ...}); and the paragraph in which the site or the company says
 * what it is ({@code Harbourlight is a network of island newspapers...}), naming itself as its
 * copyright line or the page's title line does. About the writer or the publisher, not the story.
 * No evidence that a page holds furniture by itself: only a page that shows some loses them.
 */
final class AuthorBoxes {
    private static final Pattern HEADING = Pattern.compile(
            "(?:[Aa]bout|[Ss]obre|[ÀàAa] propos de|[Üü]ber)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}(\\p{Lu}[\\p{L}'’.-]*))\\s*");
    /** A name of up to four capitalised words (or numbers), as a site or company writes its own. */
    private static final String NAME = "\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&.'’-]*){0,3}";
    /** A copyright line: the sign or word, a year or two, then the owner's name. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i:copyright\\s*©?|©|\\(c\\))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*(" + NAME + ")");
    /** The title line's last part after a separator: {@code Headline | Site}. */
    private static final Pattern TITLE_SITE = Pattern.compile(".+\\s(?:[-|–—·»]|::)\\s+(" + NAME + ")\\s*");
    /**
     * A note on the writer that gives their handle or address in brackets after their name, then
     * says who they are ({@code Anna Lorne (@annalorne) is a reporter ...}): a reporter is not
     * introduced so in their own story.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}\\s+\\((?:@\\w+|[\\w.+-]+@[\\w.-]+)\\)\\s+(?:is|was|est)\\s");
    /** Longer lines are prose that happens to hold a copyright sign. */
    private static final int COPYRIGHT_MAX_WORDS = 15;
    /** A box says what it is: the name, then "is a", "is part of", "is where" ("est un", ...). */
    private static final String SAYS_WHAT_IT_IS = "(?:\\s*\\([^()]{0,80}\\))?,?\\s+(?:is|are|est)\\s+"
            + "(?:a|an|the|one|part|where|headquartered|based|owned|supported|published|un|une|le|la|l['’]|les|partie)\\b";

    private AuthorBoxes() {
    }

    static boolean[] of(List<Paragraph> paragraphs) {
        int n = paragraphs.size();
        boolean[] marks = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            Matcher m = HEADING.matcher(paragraphs.get(i).text().strip());
            if (m.matches() && paragraphs.get(i + 1).text().contains(m.group(2))) {
                marks[i] = true;
                marks[i + 1] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            marks[i] |= WRITER_NOTE.matcher(paragraphs.get(i).text().strip()).lookingAt();
        }
        Pattern box = siteBox(paragraphs);
        if (box != null) {
            for (int i = 0; i < n; i++) {
                marks[i] |= box.matcher(paragraphs.get(i).text().strip()).lookingAt();
            }
        }
        return marks;
    }

    /** The opening of a paragraph in which the site says what it is, or null when the page names no site. */
    private static Pattern siteBox(List<Paragraph> paragraphs) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text().strip();
            Matcher m = i == 0 ? TITLE_SITE.matcher(text) : null;
            if (m != null && m.matches()) {
                names.add(Pattern.quote(m.group(1).strip()));
            }
            if (text.isEmpty() || Words.count(text) > COPYRIGHT_MAX_WORDS) {
                continue;
            }
            m = COPYRIGHT.matcher(text);
            if (m.lookingAt()) {
                names.add(Pattern.quote(m.group(1).replaceAll("[.,]+$", "").strip()));
            }
        }
        return names.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", names) + ")" + SAYS_WHAT_IT_IS);
    }
}
