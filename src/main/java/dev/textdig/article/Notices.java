package dev.textdig.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Notices that end on their button: a cookie or region notice, a newsletter or subscription
 * promo, a sign-in prompt ({@code Welcome to our European site}, then {@code Learn More}). The
 * line just before a call-to-action button is the notice's text or headline, never the page's.
 */
final class Notices {
    /** A button's label alone on its line (English and French), a full stop or "!" allowed. */
    private static final Pattern BUTTON = Pattern.compile("(?iu)(?:learn more|find out more|read more|sign up(?: now| for free)?"
            + "|subscribe(?: now| today)?|register(?: now)?|join(?: now| us)?|i accept|accept(?: all)?(?: cookies)?|got it"
            + "|no,? thanks|get started|try (?:it )?(?:for )?free|en savoir plus|je m'abonne|je m’abonne|s'abonner|s’abonner"
            + "|abonnez-vous|j'accepte|j’accepte|accepter|inscrivez-vous)\\s*[.!]?");

    private Notices() {
    }

    /** The lines followed by a button (blank lines between allowed). */
    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        int n = paragraphs.size();
        boolean[] marks = new boolean[n];
        int next = -1; // the next line with words after i
        for (int i = n - 1; i >= 0; i--) {
            if (next >= 0 && isButton(paragraphs.get(next).text()) && !isButton(paragraphs.get(i).text())) {
                marks[i] = true;
            }
            if (features.get(i).words() > 0) {
                next = i;
            }
        }
        return marks;
    }

    static boolean isButton(String text) {
        String s = text.strip();
        return s.length() <= 40 && BUTTON.matcher(s).matches();
    }
}
