package dev.textdig.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paragraphs that the page itself shows to be furniture, whatever their neighbours: widget
 * lines and glued counters, teasers cut short, menu items that repeat, lines of a template.
 */
final class FurnitureMarks {
    /** Fewer words than this and a line may be a menu item or a template line. */
    private static final int SHORT_WORDS = 10;
    /** Short lines whose shape (letters as a, digits as 0) repeats this often are a template: comments, lists. */
    private static final int TEMPLATE_REPEATS = 3;

    private FurnitureMarks() {
    }

    /**
     * Marks furniture that can be told from the page as a whole: widget lines (known lines, and
     * lines of share and follow controls' words alone) and glued counters,
     * lines cut short with an ellipsis whose words stand in full elsewhere (teasers, breadcrumbs),
     * excerpts cut with a bracketed ellipsis,
     * short unpunctuated lines that occur more than once (menus), and short lines sharing a shape
     * with many others (comment headers, dates).
     */
    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        int n = paragraphs.size();
        Map<String, Integer> texts = new HashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        // Whether each short line stands between sentences wherever it occurs (see betweenSentences).
        Map<String, Boolean> labels = new HashMap<>();
        String[] normalised = new String[n];
        String[] shapeOf = new String[n];
        for (int i = 0; i < n; i++) {
            if (features.get(i).words() < SHORT_WORDS) {
                normalised[i] = normalise(paragraphs.get(i).text());
                texts.merge(normalised[i], 1, Integer::sum);
                labels.merge(normalised[i], betweenSentences(paragraphs, features, i), Boolean::logicalAnd);
                shapeOf[i] = shape(paragraphs.get(i).text());
                if (shapeOf[i] != null) {
                    shapes.merge(shapeOf[i], 1, Integer::sum);
                }
            }
        }
        List<String> authors = bylineNames(paragraphs, features);
        boolean[] marks = WidgetLines.of(paragraphs, features);
        for (int i = 0; i < n; i++) {
            ParagraphFeatures f = features.get(i);
            if (marks[i]) {
                continue;
            }
            if (f.gluedWords() || f.furnitureCue() || isTruncatedCopy(paragraphs, i, f) || isExcerpt(paragraphs.get(i).text())
                    || isAuthorNote(paragraphs.get(i).text(), f, authors)) {
                marks[i] = true;
            } else if (f.words() > 0 && f.words() < SHORT_WORDS && !f.endsSentence()) {
                // A line without words (a rule between sections) repeats in articles too: no evidence.
                marks[i] = (texts.get(normalised[i]) > 1 && !labels.get(normalised[i]))
                        || (shapeOf[i] != null && shapes.get(shapeOf[i]) >= TEMPLATE_REPEATS);
            }
        }
        return marks;
    }

    /**
     * Whether the paragraphs on both sides of {@code i} (empty ones skipped) end like sentences and
     * are no furniture: a line said again between paragraphs of text each time is a label there (a
     * transcript's speaker, {@code MAYOR HALVERSEN}; a recurring subheading), where a menu's items
     * stand among other items. A picture's caption ends on its credit in brackets ({@code (Photo:
     * Getty)}): no sentence, so a credit said again under each picture stays furniture.
     */
    private static boolean betweenSentences(List<Paragraph> paragraphs, List<ParagraphFeatures> features, int i) {
        return isSentence(paragraphs, features, i, -1) && isSentence(paragraphs, features, i, +1);
    }

    private static boolean isSentence(List<Paragraph> paragraphs, List<ParagraphFeatures> features, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < features.size() && features.get(j).words() == 0) {
            j += step;
        }
        if (j < 0 || j >= features.size()) {
            return false;
        }
        ParagraphFeatures f = features.get(j);
        return f.endsSentence() && !paragraphs.get(j).text().strip().endsWith(")") && !f.furnitureCue() && !f.gluedWords()
                && !f.separators();
    }

    /**
     * The line with letter runs as {@code a} and digit runs as {@code 0}, or null when it has no
     * digit or punctuation (plain words are headings or menu items; their shape says nothing).
     */
    private static String shape(String text) {
        StringBuilder b = new StringBuilder();
        boolean marked = false;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s;
            if (Character.isLetter(c)) {
                s = 'a';
            } else if (Character.isDigit(c)) {
                s = '0';
                marked = true;
            } else if (Character.isWhitespace(c)) {
                s = ' ';
            } else {
                s = c;
                marked = true;
            }
            if (s != previous || (s != 'a' && s != '0' && s != ' ')) {
                b.append(s);
            }
            previous = s;
        }
        return marked ? b.toString() : null;
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

    /** The names the page's bylines give ({@code By Roger Gonzalez}): two words or more. */
    private static List<String> bylineNames(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (features.get(i).metaLine()) {
                String name = MetadataExtractor.bylineName(paragraphs.get(i).text());
                if (name != null && name.indexOf(' ') > 0 && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * A note about the writer: a paragraph that opens on the full name a byline gave, then says
     * who they are ({@code Roger Gonzalez is an award-winning writer...}, {@code Jeff Foust
     * (jeff@...) is the editor...}). Reporters do not name themselves in their own story.
     */
    private static boolean isAuthorNote(String text, ParagraphFeatures f, List<String> authors) {
        if (f.metaLine() || authors.isEmpty()) {
            return false;
        }
        String s = text.strip();
        for (String name : authors) {
            if (s.startsWith(name) && s.length() > name.length()) {
                char next = s.charAt(name.length());
                if (next == ' ' || next == ',' || next == '(') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A teaser cut by the blog software: its excerpt ends with a bracketed ellipsis ({@code [...]},
     * {@code […]}), which writers use for a cut inside a quotation, not at the end of a paragraph.
     */
    private static boolean isExcerpt(String text) {
        String s = text.strip();
        return s.endsWith("[…]") || s.endsWith("[...]");
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
