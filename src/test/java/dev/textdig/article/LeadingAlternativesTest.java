package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The furniture and byline alternatives, tried by first letter, answer exactly as the single
 * patterns they were before ({@code (?i)^(...)}, copied here as they stood, and kept in step
 * with the alternatives added since).
 */
class LeadingAlternativesTest {
    private static final Pattern FURNITURE_BEFORE = Pattern.compile(
            "(?i)^(©|\\(c\\)|copyright\\b|all rights reserved|comments? (are|is) closed|leave a (reply|comment)"
            + "|post a comment|add a comment|\\d+ (comments?|responses?|replies|réponses?|commentaires?)"
            + "(\\s+(to|on|sur|à)\\s+[«“\"‘'].*[»”\"’'])?\\s*$|share (this|on)\\b|share$|tweet$|follow us\\b|follow$"
            + "|subscribe\\b|sign up\\b|sign in\\b|log in\\b|newsletter|advertisement$|advert$|sponsored\\b"
            + "|read more\\b|read next\\b|more from\\b|related\\b|recommended\\b|most (read|popular)\\b|must read\\b"
            + "|trending\\b|you may also like|see also\\b|click here\\b|this (website|site) uses cookies|we use cookies"
            + "|accept (all )?cookies|privacy policy|terms (of use|and conditions|& conditions)|contact us$"
            + "|skip to\\b|back to top|please enter\\b|your (email|name|comment)\\b|image credit|photo credit"
            + "|getty images$|tags?:|filed under|partager|lire aussi|(?:à|À) lire (?:aussi|également)|voir aussi\\b|abonnez-vous|publicité$"
            + "|tous droits réservés|laisser un commentaire|suivez-nous|\\(?(?:leggi anche|leia também|veja também|lee también"
            + "|lea también|baca juga|lihat juga|lesen sie auch)\\b|also:|also on [\\w-]+\\.[a-z]{2,}\\b)");
    private static final Pattern META_BEFORE = Pattern.compile(
            "(?i)^(by\\s+\\p{Lu}|author\\s*:|authors\\s*:|source\\s*:|sources\\s*:|published\\b|updated\\b|posted\\b"
            + "|written by\\b|reporting by\\b|editing by\\b|date\\s*:|par\\s+\\p{Lu}|auteur\\s*:|publié(?![\\p{L}\\d])|mis à jour\\b"
            + "|le \\d{1,2} \\p{L}+ \\d{4})");

    /** Lines of each alternative and near misses, in several cases. */
    private static final List<String> LINES = List.of(
            "© 2024", "(c) The Daily", "(C)", "Copyright 2024", "copyrighted", "All rights reserved.", "Comments are closed",
            "comment is closed", "Leave a reply", "Post a comment", "Add a comment", "12 comments", "1 comment here",
            "Share this", "share on Facebook", "Share", "Shares", "Tweet", "Follow us on X", "Follow", "Subscribe now",
            "Sign up", "Sign in", "Log in", "Newsletter", "Advertisement", "Advert", "Sponsored", "Read more", "Read next",
            "More from", "Related", "Recommended", "Most read", "most popular", "Must read", "Trending", "You may also like",
            "See also", "Click here", "This site uses cookies", "We use cookies", "Accept all cookies", "Privacy policy",
            "Terms of use", "Terms & Conditions", "Contact us", "Skip to content", "Back to top", "Please enter",
            "Your email", "Image credit", "Photo credit", "Getty Images", "Tag:", "Tags:", "Filed under", "Partager",
            "Lire aussi", "à lire aussi", "À lire aussi", "Abonnez-vous", "Publicité", "PUBLICITÉ", "Tous droits réservés",
            "Laisser un commentaire", "Suivez-nous", "(Leggi anche su: x)", "Baca juga: x", "Lesen Sie auch", "Also: x",
            "Also on example.com Story", "Also on Tuesday, the council met", "By Jane Doe", "by jane", "BY  Ron", "Author: x", "Authors :",
            "Source: AFP", "Sources:", "Published", "Updated 5 min ago", "Posted", "Written by", "Reporting by",
            "Editing by", "Date: today", "Par Jean", "par jean", "Auteur :", "Publié", "PUBLIÉ", "Mis à jour",
            "Le 3 mars 2024", "le 12 juin 1999", "a", "", "The council met", "ǅemal", "İstanbul", "ſhare", "K", "\u212Aelvin",
            "🎉 share", "\u00a0Share", "x");

    @Test
    void everyLineGetsTheAnswerOfThePatternBefore() {
        for (String line : LINES) {
            for (String variant : List.of(line, line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT))) {
                same(variant);
            }
        }
    }

    @Test
    void aTextIsTriedOnlyWithTheAlternativesItsFirstLetterCanBegin() {
        LeadingAlternatives a = new LeadingAlternatives(Pattern.CASE_INSENSITIVE, List.of("share$", "sign in\\b", "\\d+ x", "by\\s+\\p{Lu}"));
        assertThat(a.lookingAt("Share")).isTrue();
        assertThat(a.lookingAt("SIGN IN now")).isTrue();
        assertThat(a.lookingAt("42 x")).isTrue();
        assertThat(a.lookingAt("by Jo")).isTrue();
        assertThat(a.lookingAt("shares")).isFalse();
        assertThat(a.lookingAt("a")).isFalse();
        assertThat(a.lookingAt("")).isFalse();
    }

    @Property(tries = 3000)
    void anyTextGetsTheAnswerOfThePatternBefore(@ForAll("texts") String text) {
        same(text);
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(LINES);
        pieces.addAll(List.of(" ", "  ", "\t", ":", "s", "S", "é", "É", "1", "42 ", "(", ")", "©", "\n", "’", "🎉", "\u0301"));
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    private static void same(String text) {
        assertThat(ParagraphFeatures.FURNITURE.lookingAt(text)).as("furniture: %s", text)
                .isEqualTo(FURNITURE_BEFORE.matcher(text).lookingAt());
        assertThat(ParagraphFeatures.META.lookingAt(text)).as("meta: %s", text)
                .isEqualTo(META_BEFORE.matcher(text).lookingAt());
    }
}
