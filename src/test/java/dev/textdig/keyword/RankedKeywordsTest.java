package dev.textdig.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.KindSelection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a user of {@code keywords --rank} relies on: no calendar, honorific, furniture or address in the list, one place per country. */
class RankedKeywordsTest {
    private static List<String> ranked(String text, int limit) {
        Article a = ArticleReader.fromText("t", text, null);
        return KeywordExtractor.extract(List.of(a), new KeywordOptions(1, 3, true, Set.of(), KindSelection.CONTENT, 1, limit, true), null)
                .stream().map(Keyword::term).toList();
    }

    private static List<String> byCount(String text) {
        Article a = ArticleReader.fromText("t", text, null);
        return KeywordExtractor.extract(List.of(a), new KeywordOptions(1, 3, true, Set.of(), KindSelection.CONTENT, 1, 100, false), null)
                .stream().map(Keyword::term).toList();
    }

    private static final String HARBOUR = """
            Harbour ferries return on Monday

            The harbour ferries will run again on Monday, Mr Jonas Whitfield told reporters on Friday. \
            Mr Whitfield said the ferries had been tested on Thursday and Friday. \
            Timetables are at www.harbourferries.example.com and at https://ferries.example.org/times.

            Advertisement

            On Monday the first ferry leaves at seven. Mr Whitfield expects the ferries to be full by Sunday. \
            The nation's ferry operators welcomed the news; the nation's ports had waited since Wednesday.
            """;

    @Test
    void weekdaysHonorificsFurnitureAndAddressesNeverShow() {
        List<String> terms = ranked(HARBOUR, 100);
        assertThat(terms).isNotEmpty();
        assertThat(terms).extracting(String::toLowerCase).noneMatch(t -> t.matches(
                ".*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mr|advertisement|www|https?|com)\\b.*"));
        assertThat(terms).noneMatch(t -> t.contains(".example") || t.contains("'s") || t.contains("’s"));
        assertThat(terms).contains("ferries", "Whitfield");
    }

    @Test
    void aPossessiveIsShownAsItsWord() {
        String text = """
                Ports reopen

                The nation's ferry operators welcomed the news. The nation's ports had waited for weeks, \
                and the nation's harbour masters were ready.
                """;
        assertThat(ranked(text, 100)).contains("nation").doesNotContain("nation's");
        assertThat(byCount(text)).contains("nation").doesNotContain("nation's");
    }

    @Test
    void aPlacesAdjectiveFoldsIntoThePlaceTheTextNames() {
        String text = """
                Aid reaches northern Syria

                Syrian officials said aid convoys reached Syria's north. The Syrian army opened two roads, \
                and Syrian families returned to their villages. Aid agencies in Syria expect more convoys.
                """;
        List<String> terms = ranked(text, 100);
        assertThat(terms).contains("Syria").doesNotContain("Syrian", "Syrians");
        // Counting alone keeps the words apart, as the text writes them.
        assertThat(byCount(text)).contains("Syria", "Syrian");
    }

    @Test
    void anAdjectiveWhosePlaceIsNeverNamedStays() {
        String text = """
                Argentine singer marries

                The Argentine singer married in Buenos Aires. Argentine fans gathered outside the registry.
                """;
        assertThat(ranked(text, 100)).contains("Argentine");
    }

    @Test
    void adjectivesFromTheirPlaces() {
        assertThat(Places.adjectives("Syria")).contains("syrian");
        assertThat(Places.adjectives("Argentina")).contains("argentine");
        assertThat(Places.adjectives("Italy")).contains("italian");
        assertThat(Places.adjectives("Germany")).contains("german");
        assertThat(Places.adjectives("Pakistan")).contains("pakistani");
        assertThat(Places.adjectives("Azerbaijan")).contains("azerbaijani");
        assertThat(Places.adjectives("France")).contains("french");
        assertThat(Places.adjectives("China")).contains("chinese");
    }

    @Test
    void aRepeatedNameRanksInTheTopTen() {
        String text = """
                Harbour board names new chair

                Maria Lindqvist will chair the harbour board from March. Maria Lindqvist, who ran the port \
                authority for nine years, replaces a chair who retired. The board said Maria Lindqvist \
                had the support of the unions, the shipping companies and the city council.
                """;
        assertThat(ranked(text, 10)).contains("Maria Lindqvist");
    }

    @Test
    void phrasesTheTextRepeatsRankInTheTopTen() {
        // Short common words: by their longest word, "sea wall" and "flood fund" ranked below every
        // long word of the text, and out of the top ten.
        String text = """
                Harbour town votes to rebuild its flooded sea wall

                The council of Port Ellery voted on Monday to rebuild the sea wall that failed during the January \
                storm, after residents packed the town hall to demand action. The sea wall, built in 1952, gave way \
                in two places and flooded more than 300 homes.

                The town's engineers say the new sea wall will cost 14 million pounds, and the council hopes the \
                national flood fund will pay half of it. Residents' associations have written to the flood fund.

                Engineers plan to start work on the sea wall in April. The board of the flood fund meets on Thursday \
                to consider applications from coastal councils, and a decision is expected within weeks.
                """;
        assertThat(ranked(text, 10)).contains("sea wall", "flood fund");
    }
}
