package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The features the classifier decides from, as they were before the anchored patterns were tried
 * at the start only and the date and separator patterns only on text holding a digit or a mark
 * (a page of a million tiny paragraphs took 1.4 s/MB; docs/reliability.md, time against shape).
 */
class ParagraphFeaturesTest {
    private static final Set<String> STOP = Set.of("the", "a", "of", "on", "to", "you");

    private static ParagraphFeatures of(String text) {
        return ParagraphFeatures.of(text, STOP);
    }

    @Test
    void aCountOfCommentsOrRepliesIsFurnitureAProseSentenceIsNot() {
        assertThat(of("12 comments").furnitureCue()).isTrue();
        assertThat(of("34 responses to “Harbour council votes to close the pier”").furnitureCue()).isTrue();
        assertThat(of("3 réponses à « La fin du bac de nuit »").furnitureCue()).isTrue();
        assertThat(of("0 replies").furnitureCue()).isTrue();
        assertThat(of("300 responses to the survey asked for a second pier.").furnitureCue()).isFalse();
    }

    @Test
    void furnitureAndBylinesAreMatchedAtTheStartOnly() {
        assertThat(of("Read more about the council").furnitureCue()).isTrue();
        assertThat(of("  © 2024 The Daily").furnitureCue()).isTrue(); // after the leading spaces
        assertThat(of("You should read more of the council").furnitureCue()).isFalse();
        assertThat(of("By Jane Doe").metaLine()).isTrue();
        assertThat(of("Stories by Jane Doe").metaLine()).isFalse();
    }

    @Test
    void aDateNeedsADigitAndASeparatorItsMark() {
        assertThat(of("Tuesday, March 3, 2024").metaLine()).isTrue();
        assertThat(of("Le 3 mars 2024").metaLine()).isTrue();
        assertThat(of("March madness").metaLine()).isFalse();
        assertThat(of("Home | Politics | World").separators()).isTrue();
        assertThat(of("Home › Politics").separators()).isTrue();
        assertThat(of("Home, Politics, World").separators()).isFalse();
        assertThat(of("Accueil » Sport » Football").separators()).isTrue();
        assertThat(of("« Nous avons tout perdu » : un apiculteur témoigne").separators()).isFalse();
        assertThat(of("Sophie Marland : « La montagne n’appartient à personne »").separators()).isFalse();
    }

    @Test
    void aTinyParagraphHasNoneOfTheMarks() {
        for (String tiny : new String[] {"a", "abcdefg", "0123456", "\"", "—"}) {
            ParagraphFeatures f = of(tiny);
            assertThat(f.furnitureCue() || f.metaLine() || f.separators() || f.address()).as(tiny).isFalse();
        }
    }

    /** The address pattern as it stands in {@link ParagraphFeatures}, tried without any test first. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]++@[\\p{L}\\d-]++\\.[\\p{L}\\d.-]+"
            + "|(?i)\\bhttps?://|\\bwww\\.");

    @Test
    void anAddressIsLookedForOnlyInTextThatCanHoldOneAndFoundAsBefore() {
        for (String text : new String[] {"Write to jo@example.com.", "See https://x.io/a.", "HTTP://X.IO", "ftp://x",
                "Visit WWW.Example.com today.", "wWw.x", "the www. site", "awww.", "www", ".www.", "x@y", "@",
                "The council met on Tuesday. The mayor said no.", "U.S. officials: no comment.", "a.b.c", "ww.w"}) {
            assertThat(of(text).address()).as(text).isEqualTo(ADDRESS.matcher(text.strip()).find());
        }
        assertThat(of("Write to jo@example.com.").address()).isTrue();
        assertThat(of("Visit WWW.Example.com today.").address()).isTrue();
        assertThat(of("The council met on Tuesday. The mayor said no.").address()).isFalse();
    }
}
