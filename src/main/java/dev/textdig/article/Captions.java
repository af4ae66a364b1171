package dev.textdig.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions: a line that describes a picture and ends with its credit ({@code Protesters in
 * Hong Kong (Image: GETTY)}, {@code ... Credit: ESA}, {@code Sonu Mehta/Hindustan Times/Getty
 * Images}, {@code (Joshua Roberts/Reuters)}, {@code photos © Inexhibit, 2018}), or opens as agency captions do ({@code FILE PHOTO: ...}, {@code In this Nov. 10, 2019,
 * file photo, ...}). Saved pages keep them between the article's paragraphs; they are about the
 * picture, not part of the text, and a credit line is never a headline.
 */
final class Captions {
    /** A caption is a sentence or two; longer paragraphs that mention a photo are prose. */
    private static final int MAX_WORDS = 80;
    /** How much of the end a credit may take: the regular expressions run on this tail only. */
    private static final int CREDIT_TAIL = 160;

    /** What each word of {@link #CREDIT_WORD} begins with (photograph with photo). */
    private static final List<String> CREDIT_STEMS = List.of("image", "photo", "picture", "foto", "credit", "crédit", "illustration");
    private static final String CREDIT_WORD = "(?:image|photo|picture|photograph|foto|credit|crédit|illustration)s?";
    /**
     * The credit at the end, in brackets ({@code (Image: GETTY)}, {@code (Photo by X/Getty Images)},
     * {@code (credit: NASA)}) or after a label ({@code Credit: Tyvak}, {@code Credit... Name/Paper},
     * {@code Photograph by Robyn Beck/AFP/Getty Images}), with no full stop after it; or the
     * picture's source in brackets after the caption's full stop, an acronym or names between
     * slashes ({@code ... at dawn. (AP)}, {@code ... of Titan. (NASA/JPL-Caltech/ASU)}).
     */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?i)(?:\\(\\s*(?:" + CREDIT_WORD + "(?:\\s+credit)?\\s*(?::|by\\b)|©)[^()]{0,100}\\)"
            + "|\\b" + CREDIT_WORD + "(?:\\s+credit)?\\s*(?::|by\\b|\\.\\.\\.|…)\\s*[^.!?:]{1,100}|©\\s*[^.!?©]{1,60}"
            + "|(?<=[.!?])\\s*\\((?-i:\\p{Lu}{2,}[\\p{L}.&'’-]*(?:[ /-]+\\p{Lu}[\\p{L}.&'’-]*){0,5}|[^()/]{1,40}/[^()]{1,60})\\))\\s*$");
    /**
     * Photographer and agency between slashes at the end ({@code REUTERS/Brendan McDermid},
     * {@code Biplov Bhuyan/Hindustan Times/Getty Images}); a caption when one part is a picture
     * agency, so that {@code Israel/Palestine} ending a heading is not taken for one.
     */
    private static final Pattern SLASHED_CREDIT = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}.'’ -]{0,40}(?:/\\p{Lu}[\\p{L}.'’ -]{0,40})+\\)?\\s*$");
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)\\b(?:getty images|reuters|afp|ap|epa|shutterstock|istock|alamy|bloomberg|xinhua|sipa|zuma|nurphoto|anadolu)\\b");
    /**
     * Caption openings: agencies' ({@code FILE PHOTO:}, {@code In this Sunday, Nov. 10, 2019, photo, ...})
     * and a line labelled as a picture's credit or caption ({@code Image copyright ...}, {@code Image caption ...}).
     */
    private static final Pattern CAPTION_OPENING = Pattern.compile(
            "(?i)(?:file photo|photo|foto)\\s*:|(?:image|photo|picture|photograph|foto)s?\\s+(?:copyright|caption|credit)\\b|in this\\b.{0,60}?,\\s*(?:file )?(?:photo|photograph|image|picture)\\b");

    private Captions() {
    }

    static boolean isCaption(String text, ParagraphFeatures f) {
        // A byline that ends with the picture's credit is still the byline (meta wins).
        if (f.words() == 0 || f.words() > MAX_WORDS || f.metaLine()) {
            return false;
        }
        String trimmed = text.strip();
        // the openings all begin with f, p or i (file photo, photo, picture, image, in this)
        if (!trimmed.isEmpty() && "fFpPiI".indexOf(trimmed.charAt(0)) >= 0 && CAPTION_OPENING.matcher(trimmed).lookingAt()) {
            return true;
        }
        int from = Math.max(0, trimmed.length() - CREDIT_TAIL);
        // the patterns run on the tail only, and every credit there holds a slash, a © or a credit
        // word, or closes a bracket at the end: most paragraphs are passed over unread (a mark such
        // as "by" or a comma let nearly every paragraph of prose through, 5% of the CPU of indexing)
        String tail = trimmed.substring(from).toLowerCase(Locale.ROOT);
        boolean slash = tail.indexOf('/') >= 0;
        if (!slash && !tail.endsWith(")") && !hasCreditWord(tail)) {
            return false;
        }
        if (CREDIT_AT_END.matcher(trimmed).region(from, trimmed.length()).find()) {
            return true;
        }
        Matcher slashed = SLASHED_CREDIT.matcher(trimmed).region(from, trimmed.length());
        return slash && slashed.find() && AGENCY.matcher(slashed.group()).find();
    }

    /** A © or one of {@link #CREDIT_WORD}'s words, which every credit pattern but the slashed one needs. */
    private static boolean hasCreditWord(String lowerTail) {
        if (lowerTail.indexOf('©') >= 0) {
            return true;
        }
        for (String word : CREDIT_STEMS) {
            if (lowerTail.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
