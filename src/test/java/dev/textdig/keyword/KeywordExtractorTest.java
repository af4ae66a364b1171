package dev.textdig.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.KindSelection;
import dev.textdig.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
    private static final Article SAMPLE = ArticleReader.fromText("s", Fixtures.text(Fixtures.SAMPLE), null);

    private static KeywordOptions options(int limit) {
        return new KeywordOptions(1, 3, true, Set.of(), KindSelection.CONTENT, 1, limit, false);
    }

    private static Map<String, Keyword> byTerm(List<Keyword> ks) {
        return ks.stream().collect(Collectors.toMap(Keyword::term, Function.identity()));
    }

    @Test
    void sampleKeywordsReadLikeAPersonsAndCountRight() {
        Map<String, Keyword> k = byTerm(KeywordExtractor.extract(List.of(SAMPLE), options(200), null));
        assertThat(k).containsKeys("Nagorno-Karabakh", "Azerbaijan", "Emmanuel Macron", "offensive", "international law");
        assertThat(k.get("Azerbaijan").count()).isEqualTo(8);
        assertThat(k.get("Azerbaijan").paragraphs()).isEqualTo(7);
        assertThat(k.get("Nagorno-Karabakh").count()).isEqualTo(7);
        assertThat(k.get("offensive").count()).isEqualTo(5);
        assertThat(k.get("Emmanuel Macron").count()).isEqualTo(3);
        assertThat(k.get("international law").count()).isEqualTo(2);
    }

    @Test
    void furnitureStopwordsAndStemsNeverShow() {
        List<Keyword> all = KeywordExtractor.extract(List.of(SAMPLE), options(500), null);
        assertThat(all).extracting(kw -> kw.term().toLowerCase()).doesNotContain(
                "please", "enter", "fans", "follow", "the", "said", "also", "nagorno", "karabakh", "presid");
    }

    @Test
    void aPhraseDoesNotBringItsOwnWordsAlong() {
        Map<String, Keyword> k = byTerm(KeywordExtractor.extract(List.of(SAMPLE), options(500), null));
        // "Macron" occurs only inside "Emmanuel Macron": it is not listed on its own.
        assertThat(k).doesNotContainKeys("Macron", "Emmanuel", "law");
    }

    @Test
    void phrasesStopAtPunctuationAndStopwords() {
        Article a = ArticleReader.fromText("t", "Short title here\n\nThe river flooded. Town hall stayed open, town hall staff said. "
                + "River town, hall of fame. The river flooded again and the river flooded the town hall.", null);
        Map<String, Keyword> k = byTerm(KeywordExtractor.extract(List.of(a), options(100), null));
        assertThat(k).containsKeys("river flooded", "town hall");
        assertThat(k).doesNotContainKeys("town hall staff", "river town", "hall of fame");
    }

    @Test
    void stemmingGroupsFormsUnlessTurnedOff() {
        Article a = ArticleReader.fromText("t", "Short title here\n\nThe offensive began. Two offensives followed, and a third offensive was planned by the army.", null);
        assertThat(byTerm(KeywordExtractor.extract(List.of(a), options(50), null)).get("offensive").count()).isEqualTo(3);
        KeywordOptions exact = new KeywordOptions(1, 1, false, Set.of(), KindSelection.CONTENT, 1, 50, false);
        Map<String, Keyword> k = byTerm(KeywordExtractor.extract(List.of(a), exact, null));
        assertThat(k.get("offensive").count()).isEqualTo(2);
        assertThat(k.get("offensives").count()).isEqualTo(1);
    }

    @Test
    void frenchStopwordsAndElisionsAreLeftOut() {
        Article fr = ArticleReader.fromText("f", Fixtures.text(Fixtures.path("french-article.txt")), null);
        List<Keyword> ks = KeywordExtractor.extract(List.of(fr), options(100), null);
        assertThat(ks).extracting(Keyword::term).doesNotContain("le", "la", "des", "l", "a", "de").contains("conseil municipal");
    }

    @Test
    void extraStopwordsAreLeftOut() {
        KeywordOptions o = new KeywordOptions(1, 3, true, Set.of("azerbaijan"), KindSelection.CONTENT, 1, 100, false);
        assertThat(KeywordExtractor.extract(List.of(SAMPLE), o, null)).extracting(Keyword::term).doesNotContain("Azerbaijan");
    }

    @Test
    void rankedScoresAreBetweenZeroAndOneBestFirst() {
        KeywordOptions o = new KeywordOptions(1, 3, true, Set.of(), KindSelection.CONTENT, 1, 10, true);
        List<Keyword> ks = KeywordExtractor.extract(List.of(SAMPLE), o, null);
        assertThat(ks).hasSize(10).allMatch(k -> k.score() > 0 && k.score() < 1);
        assertThat(ks.get(0).score()).isGreaterThanOrEqualTo(ks.get(9).score());
        assertThat(ks).extracting(Keyword::term).contains("Nagorno-Karabakh", "Azerbaijan", "offensive");
    }
}
