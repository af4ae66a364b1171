package dev.textdig.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The box about the writer: a heading {@code About Anna Lorne} ({@code Sobre}, {@code À propos de},
 * {@code Über}) and the paragraph after it that names them again (their job, their books, where to
 * follow them). About the writer, not the story. No evidence that a page holds furniture by
 * itself: only a page that shows some loses it.
 */
final class AuthorBoxes {
    private static final Pattern HEADING = Pattern.compile(
            "(?:[Aa]bout|[Ss]obre|[ÀàAa] propos de|[Üü]ber)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}(\\p{Lu}[\\p{L}'’.-]*))\\s*");

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
        return marks;
    }
}
