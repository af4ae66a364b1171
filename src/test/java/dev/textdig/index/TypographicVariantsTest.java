package dev.textdig.index;

import dev.textdig.article.KindSelection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import dev.textdig.article.Span;
import dev.textdig.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A word typed on a keyboard finds it as typographers write it: apostrophes, elisions, hyphens. */
class TypographicVariantsTest {
    private static ParagraphIndex index;

    @BeforeAll
    static void build() {
        Article en = ArticleReader.fromText("en.txt", Fixtures.text(Fixtures.path("typographic-en.txt")), Language.EN);
        Article fr = ArticleReader.fromText("fr.txt", Fixtures.text(Fixtures.path("typographic-fr.txt")), Language.FR);
        index = ParagraphIndex.build(List.of(en, fr), false);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<Hit> search(String query, boolean literal) {
        return index.search(new SearchRequest(query, literal, KindSelection.CONTENT, 20)).hits();
    }

    /** Each hit as "line: marked words", the words cut from the paragraph by the match offsets. */
    private static List<String> marked(String query) {
        return search(query, false).stream().map(TypographicVariantsTest::marked).sorted().toList();
    }

    private static String marked(Hit hit) {
        int[] cps = hit.paragraph().text().codePoints().toArray();
        StringBuilder out = new StringBuilder(hit.article().file() + ":" + hit.paragraph().line() + ":");
        for (Span s : hit.matches()) {
            out.append(' ').append(new String(cps, s.start(), s.end() - s.start()));
        }
        return out.toString();
    }

    @Test
    void aStraightApostropheFindsACurlyOne() {
        assertThat(marked("O'Neill")).containsExactly("en.txt:3: O’Neill");
        assertThat(marked("O’Neill")).containsExactly("en.txt:3: O’Neill");
    }

    @Test
    void aNameFindsItsElidedFrenchForm() {
        assertThat(marked("Orsay")).containsExactly("en.txt:5: d’Orsay");
        assertThat(marked("\"Quai d'Orsay\"")).containsExactly("en.txt:5: Quai d’Orsay");
    }

    @Test
    void aFrenchWordIsFoundWithItsElidedArticleEitherWay() {
        List<String> everyInflation = List.of("fr.txt:3: L’inflation", "fr.txt:5: l’inflation", "fr.txt:7: l'inflation", "fr.txt:9: inflation");
        assertThat(marked("l'inflation")).containsExactlyElementsOf(everyInflation);
        assertThat(marked("l’inflation")).containsExactlyElementsOf(everyInflation);
        assertThat(marked("inflation")).containsExactlyElementsOf(everyInflation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cease", "fire"})
    void eachPartOfAHyphenatedWordFindsIt(String part) {
        assertThat(marked(part)).contains("en.txt:7: " + part);
    }

    @Test
    void theWholeHyphenatedWordFindsItAndItsJoinedForm() {
        assertThat(marked("cease-fire")).containsExactly("en.txt:7: cease-fire", "en.txt:9: ceasefire");
        assertThat(marked("ceasefire")).containsExactly("en.txt:7: cease-fire", "en.txt:9: ceasefire");
        assertThat(marked("\"a cease-fire between\"")).containsExactly("en.txt:7: cease-fire between");
        assertThat(marked("porte-parole")).containsExactly("fr.txt:5: porte-parole");
    }

    @Test
    void theWholeHyphenatedWordIsItsPartsInARowNotAnywhere() {
        assertThat(marked("cease-fire")).noneMatch(m -> m.startsWith("en.txt:11:"));
    }

    @Test
    void literalTextTakesAHyphenatedWordAsItsWords() {
        assertThat(search("cease-fire", true)).extracting(TypographicVariantsTest::marked)
                .containsExactlyInAnyOrder("en.txt:7: cease fire", "en.txt:11: fire cease");
    }

    @Test
    void otherPunctuationInsideAWordIsLeftAsItWas() {
        Article a = ArticleReader.fromText("n.txt", "Officials counted 1,500 cases in the U.S. and 15 in Canada.\n", Language.EN);
        try (ParagraphIndex numbers = ParagraphIndex.build(List.of(a), false)) {
            assertThat(numbers.search(new SearchRequest("500", false, KindSelection.EVERYTHING, 5)).hits()).isEmpty();
            assertThat(numbers.search(new SearchRequest("1,500", false, KindSelection.EVERYTHING, 5)).hits()).hasSize(1);
        }
    }

    @Test
    void aHyphenIsAWordHyphenExactlyWhereALetterOrDigitIsOnEachSide() {
        // the pattern as it was first written, look-behind first: the reordered one must find the same hyphens
        java.util.regex.Pattern before = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])[-\u2010\u2011](?=[\\p{L}\\p{N}])");
        String[] pieces = {"a", "Z", "é", "7", "\uD835\uDC00", "-", "\u2010", "\u2011", " ", ".", "_", "\n", "'", "ß", "-\u0301"};
        java.util.Random random = new java.util.Random(11);
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(Analyzers.WORD_HYPHEN.matcher(s).replaceAll("_")).as(s).isEqualTo(before.matcher(s).replaceAll("_"));
        }
    }
}
