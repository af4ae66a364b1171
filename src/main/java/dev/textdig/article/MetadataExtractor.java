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
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?i:authors?\\s*:|by|written by|auteur\\s*:|par)\\s+(" + NAME_WORD
            + "(?:\\s+(?:(?:and|et|&|de|van|von|der|da|du|le|la)\\s+)*" + NAME_WORD + ")*)");
    private static final Pattern SOURCE = Pattern.compile("(?i)^sources?\\s*:\\s*(.+)$");
    /**
     * The date reported: a full date with its year ({@code March 5, 2024}, {@code 5 mars 2024},
     * {@code 2024-03-05}). Narrower than {@code ParagraphFeatures.DATE_IN_LINE}, which marks a line
     * as meta even for a date without a year ({@code March 5}) or a numeric one.
     */
    private static final Pattern DATE_WITH_YEAR = Pattern.compile(
            "(?i)\\b(?:(?:" + Months.ENGLISH + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?:" + Months.ENGLISH + "|" + Months.FRENCH + ")\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");

    private MetadataExtractor() {
    }

    /** The name a byline gives ({@code By Roger Gonzalez} gives {@code Roger Gonzalez}), or null. */
    static String bylineName(String text) {
        Matcher m = AUTHOR.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
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
        return new Metadata(title, author, source, date);
    }
}
