package dev.textdig.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements the classifier decides from, computed once per paragraph: size, how much of it
 * is function words (prose is 30-50%, menus and widgets near 0), how it ends, and the marks that
 * scraped page furniture leaves (counters glued to their labels, separators, copyright lines).
 */
record ParagraphFeatures(int words, int functionWords, boolean endsSentence, boolean endsWithEllipsis,
                         boolean gluedWords, boolean separators, boolean furnitureCue, boolean metaLine,
                         boolean address) {

    /**
     * A number glued to a capitalised label: {@code 16,985FansLike}, {@code 2,458FollowersFollow}.
     * The number starts a word: inside a handle or a tag ({@code @jo1Smith}) it is part of a name.
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile("\\d[\\d,.]*\\p{Lu}\\p{Ll}+");
    /**
     * Two lower-case letters glued to a capitalised word: {@code HomePolitics}, {@code FansLike}.
     * Tried only where a run of lower-case letters starts, and the run taken whole: from every
     * position of a 10 MB word it was quadratic.
     */
    private static final Pattern GLUED_CAMEL = Pattern.compile("(?<!\\p{Ll})\\p{Ll}{2,}+\\p{Lu}\\p{Ll}{2}");
    /**
     * An e-mail address or a web address: contact details and links, never a headline. The local
     * part starts where its run of characters starts and takes it whole (possessive): tried from
     * every position of a 10 MB word, it was quadratic.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]++@[\\p{L}\\d-]++\\.[\\p{L}\\d.-]+|(?i)\\bhttps?://|\\bwww\\.");
    /** Menu and breadcrumb separators between short items. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|›»>/•·]\\s|\\s[|›»>/•·]$|^[|›»>/•·]\\s");
    /**
     * Words that only page furniture uses in this form: copyright notices, comment forms, share and
     * follow widgets, cookie notices. Matched as whole lines or line starts, never inside prose.
     */
    static final LeadingAlternatives FURNITURE = new LeadingAlternatives(Pattern.CASE_INSENSITIVE, List.of(
            "©", "\\(c\\)", "copyright\\b", "all rights reserved", "comments? (are|is) closed", "leave a (reply|comment)",
            "post a comment", "add a comment", "\\d+ (comments?|responses?|replies|réponses?|commentaires?)(\\s+(to|on|sur|à)\\s+[«“\"‘'].*[»”\"’'])?\\s*$", "share (this|on)\\b", "share$", "tweet$", "follow us\\b",
            "follow$", "subscribe\\b", "sign up\\b", "sign in\\b", "log in\\b", "newsletter", "advertisement$", "advert$",
            "sponsored\\b", "read more\\b", "read next\\b", "more from\\b", "related\\b", "recommended\\b",
            "most (read|popular)\\b", "must read\\b", "trending\\b", "you may also like", "see also\\b", "click here\\b",
            "this (website|site) uses cookies", "we use cookies", "accept (all )?cookies", "privacy policy",
            "terms (of use|and conditions|& conditions)", "contact us$", "skip to\\b", "back to top", "please enter\\b",
            "your (email|name|comment)\\b", "image credit", "photo credit", "getty images$", "tags?:", "filed under",
            "partager", "lire aussi", "(?:à|À) lire (?:aussi|également)", "voir aussi\\b", "abonnez-vous", "publicité$", "tous droits réservés",
            "laisser un commentaire", "suivez-nous", "\\(?(?:leggi anche|leia também|veja também|lee también|lea también|baca juga"
            + "|lihat juga|lesen sie auch)\\b", "also:", "also on [\\w-]+\\.[a-z]{2,}\\b"));
    /** Bylines, sources and dates: kept as {@link Kind#META}, not furniture. */
    static final LeadingAlternatives META = new LeadingAlternatives(Pattern.CASE_INSENSITIVE, List.of(
            "by\\s+\\p{Lu}", "author\\s*:", "authors\\s*:", "source\\s*:", "sources\\s*:", "published\\b", "updated\\b",
            "posted\\b", "written by\\b", "reporting by\\b", "editing by\\b", "date\\s*:", "par\\s+\\p{Lu}", "auteur\\s*:",
            "publié(?![\\p{L}\\d])", "mis à jour\\b", "le \\d{1,2} \\p{L}+ \\d{4}"));
    /**
     * A date anywhere in a line, with or without its year, month or day first, English or French,
     * or numeric ({@code March 5}, {@code 5 mars 2024}, {@code 3/5/24}): a short line holding one is
     * a dateline. Wider than {@link MetadataExtractor}'s {@code DATE_WITH_YEAR}, which is the date
     * reported and needs a year; this one only tells that a line is meta.
     */
    private static final Pattern DATE_IN_LINE = Pattern.compile(
            "(?i)\\b(" + Months.ENGLISH + "|" + Months.FRENCH + ")\\.?\\s+\\d{1,2}(,?\\s+\\d{4})?\\b"
            + "|\\b\\d{1,2}\\s+(" + Months.ENGLISH + "|" + Months.FRENCH + ")\\p{L}*\\.?\\s+\\d{4}\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    static ParagraphFeatures of(String text, java.util.Set<String> stopwords) {
        String trimmed = text.strip();
        int[] counts = new int[2]; // words, function words
        Words.forEach(trimmed, w -> {
            counts[0]++;
            if (stopwords.contains(w.toLowerCase(Locale.ROOT))) {
                counts[1]++;
            }
        });
        int words = counts[0];
        int stop = counts[1];
        char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
        boolean ellipsis = trimmed.endsWith("...") || trimmed.endsWith("…");
        boolean ends = !ellipsis && (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»'
                || last == '\'' || last == '’' || last == ')');
        // A word with an inner capital in a sentence is a name (YouTube, PolitiFact); glued menu
        // items (HomePolitics) do not end like a sentence.
        // Each pattern is tried only on text that holds the character it needs: a regular
        // expression costs per position, and a 10 MB word has ten million of them.
        boolean glued = hasGluedNumber(trimmed)
                || (words <= 12 && !ends && GLUED_CAMEL.matcher(trimmed).find());
        // META and FURNITURE are anchored at the start: tried there only (lookingAt), not from each
        // position; a date holds a digit, a separator one of its marks. A page of a million tiny
        // paragraphs paid every pattern at every position of each (1.3 s/MB); then every one of
        // their alternatives at the start (1 s/MB): now only those that can begin with its first letter.
        boolean digit = hasDigit(trimmed);
        boolean meta = words <= 15 && (META.lookingAt(trimmed) || (words <= 8 && digit && DATE_IN_LINE.matcher(trimmed).find()));
        return new ParagraphFeatures(words, stop, ends, ellipsis, glued,
                mayHoldSeparator(trimmed) && SEPARATORS.matcher(withoutQuotationMarks(trimmed)).find(),
                words <= 25 && FURNITURE.lookingAt(trimmed) && !opensProseSentence(trimmed, words, stop, ends), meta,
                mayHoldAddress(trimmed) && ADDRESS.matcher(trimmed).find());
    }

    /**
     * A line that opens on one of {@link #FURNITURE}'s words but goes on as a sentence of prose about
     * its subject ({@code Copyright law protects works of human authorship, the panel wrote.},
     * {@code Related cases are pending in two other circuits.}, {@code Partager un repas chaud...}):
     * a first sentence of {@link #PROSE_SENTENCE_WORDS} words or more, as rich in function words as
     * prose, that does not speak to the reader. Furniture is a label ({@code Related stories}), a
     * short sentence ({@code Copyright 2024 The Daily. All rights reserved.}), an appeal to the
     * reader ({@code Sign up for our newsletter...}, {@code We use cookies...}), or a picture's
     * credit and caption ({@code © John Doe Nurses at the clinic on Monday...}): a sign opens no
     * sentence.
     */
    private static boolean opensProseSentence(String text, int words, int functionWords, boolean endsSentence) {
        if (!endsSentence || words < PROSE_SENTENCE_WORDS || functionWords < words * FurnitureFilter.PROSE_FUNCTION_WORDS
                || TO_THE_READER.matcher(text).find() || labelled(text) || text.startsWith("©")
                || text.regionMatches(true, 0, "(c)", 0, 3)) {
            return false;
        }
        // A sentence ends with its mark: a count that ends on a quoted headline ("34 responses to
        // “Council votes…”") has none.
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() && Words.count(text.substring(0, end.start())) >= PROSE_SENTENCE_WORDS;
    }

    /**
     * A label of a few words and a colon before the rest ({@code Read more: The mayor says...},
     * {@code Related: ...}, {@code Lire aussi : ...}): a link to another story, however much its
     * headline reads like a sentence.
     */
    private static boolean labelled(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && Words.count(text.substring(0, colon)) <= LABEL_WORDS;
    }

    /** The most words of a label before its colon. */
    private static final int LABEL_WORDS = 3;
    /** The fewest words of a first sentence that {@link #opensProseSentence} takes for prose. */
    private static final int PROSE_SENTENCE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\"”’»)]*(?:\\s|$))");
    /** Words that speak to the reader or for the site: a promo's, a notice's. */
    private static final Pattern TO_THE_READER = Pattern.compile(
            "(?iu)\\b(?:you|your|yours|we|our|us|vous|votre|vos|nous|nos|notre)\\b");

    /** The share of the words that are function words: prose is 30-50%, menus and widgets near 0. */
    double stopwordRatio() {
        return words == 0 ? 0 : (double) functionWords / words;
    }

    /**
     * {@link #GLUED_NUMBER} tried where a number starts a word only: a look-behind that opened the
     * pattern was tried at every position of the text.
     */
    private static boolean hasGluedNumber(String s) {
        Matcher glued = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || (i > 0 && continuesWord(Character.codePointBefore(s, i)))) {
                continue;
            }
            glued = glued == null ? GLUED_NUMBER.matcher(s) : glued;
            if (glued.region(i, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A letter, a digit or a handle's or tag's mark before a number makes it part of a name. */
    private static boolean continuesWord(int codePoint) {
        return Character.isLetter(codePoint) || (codePoint >= '0' && codePoint <= '9') || codePoint == '@' || codePoint == '#'
                || codePoint == '_';
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each French quotation's closing mark ({@code « ... »}, {@code ‹ ... ›}) and
     * its opening mark made plain quotes: spaced as French sets them, they read as the {@code »}
     * and {@code ›} of a breadcrumb ({@code Accueil » Sport}), which never closes a {@code «}.
     */
    static String withoutQuotationMarks(String s) {
        if (s.indexOf('«') < 0 && s.indexOf('‹') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        int openDouble = -1;
        int openSingle = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '«') {
                openDouble = i;
            } else if (c[i] == '»' && openDouble >= 0) {
                c[openDouble] = '"';
                c[i] = '"';
                openDouble = -1;
            } else if (c[i] == '‹') {
                openSingle = i;
            } else if (c[i] == '›' && openSingle >= 0) {
                c[openSingle] = '\'';
                c[i] = '\'';
                openSingle = -1;
            }
        }
        return new String(c);
    }

    /** A menu separator is one of these marks. */
    private static boolean mayHoldSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("|›»>/•·".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An address holds {@code @}, {@code ://} or {@code www.} (in any case). A dot alone let nearly
     * every paragraph of prose through to the pattern, which was 6% of the CPU of {@code textdig index}.
     */
    private static boolean mayHoldAddress(String s) {
        if (s.indexOf('@') >= 0 || s.contains("://")) {
            return true;
        }
        for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (s.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
