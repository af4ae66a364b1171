package dev.textdig.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's own promotions: a short paragraph that asks the reader to subscribe, sign up for a
 * newsletter, follow the site, download its app, click, join or support it, write to the editor,
 * update their browser or order reprints ({@code Stay up to date with us. Subscribe to our
 * newsletter.}, {@code ... Click to subscribe!}, {@code For the best experience, please update to a
 * modern browser.}).
 * An article may mention a newsletter; a promo speaks to the reader, or opens one of its
 * sentences on the verb it wants them to act on. No evidence that a page holds furniture by
 * itself: only a page that shows some loses its promos.
 */
final class Promos {
    private static final Pattern ASK = Pattern.compile(
            "(?iu)\\b(?:subscribe|sign up|newsletters?|register now|download (?:our|the) app|follow us|inbox"
            + "|click (?:here|below)|news alerts|support (?:us|it|our)|donate|join|become a member"
            + "|letters to the editor|abonnez-vous|inscrivez-vous|lettre d'information|lettre d’information"
            + "|cliquez ici|soutenez-nous|faites un don|rejoignez|(?:modern|newer|supported) browser|update your browser"
            + "|non-commercial use|reprints)\\b");
    /** What each of {@link #ASK}'s words begins with, folded as its case-insensitive matching folds. */
    private static final List<String> ASK_STEMS = List.of("subscribe", "sign up", "newsletter", "register now", "download",
            "follow us", "inbox", "click", "news alerts", "support", "donate", "join", "become a member", "letters to the editor",
            "abonnez-vous", "inscrivez-vous", "lettre d", "cliquez ici", "soutenez-nous", "faites un don", "rejoignez", "browser",
            "non-commercial use", "reprints");
    private static final Pattern TO_THE_READER = Pattern.compile("(?iu)\\b(?:you|your|our|us|me|vous|votre|vos|nos|notre)\\b");
    /** A sentence that opens on the verb it wants the reader to act on ({@code Click to subscribe!}). */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?iu)(?:^|[.!?]\\s)\\s*(?:subscribe|sign up|join|get|register|download|follow|click|support|donate|email)\\b");
    /** A promo is a line or two; a longer paragraph is text about the subject. */
    private static final int MAX_WORDS = 40;

    private Promos() {
    }

    static boolean[] of(List<Paragraph> paragraphs, List<ParagraphFeatures> features) {
        boolean[] marks = new boolean[paragraphs.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = features.get(i).words() <= MAX_WORDS && isPromo(paragraphs.get(i).text());
        }
        return marks;
    }

    /**
     * Whether the text holds one of {@link #ASK}'s words: a test by {@code indexOf} that spares
     * most paragraphs the case-insensitive pattern, which tries every alternative at every position.
     */
    private static boolean mayAsk(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            // Unicode case-insensitive matching takes a character for each of its upper and lower cases
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        for (String stem : ASK_STEMS) {
            if (folded.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isPromo(String text) {
        return mayAsk(text) && ASK.matcher(text).find() && (TO_THE_READER.matcher(text).find() || IMPERATIVE.matcher(text).find());
    }
}
