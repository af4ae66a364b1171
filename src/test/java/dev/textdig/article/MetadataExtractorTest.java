package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private static final String BODY = "The governor spoke to reporters on Monday about the storm and the damage it left "
            + "along the coast, and promised help for the towns that were hit hardest.\n\n"
            + "Crews were still clearing roads on Tuesday, and power was back for most homes by the evening.\n";

    private static String author(String byline) {
        return ArticleReader.fromText("x", "Governor promises storm aid\n\n" + byline + "\n\n" + BODY, null).metadata().author();
    }

    @Test
    void namesWithInnerCapitalsStayWhole() {
        assertThat(author("By Ron DeSantis")).isEqualTo("Ron DeSantis");
        assertThat(author("By Bryan DeArdo")).isEqualTo("Bryan DeArdo");
        assertThat(author("By Mitch McConnell")).isEqualTo("Mitch McConnell");
        assertThat(author("By LeBron James")).isEqualTo("LeBron James");
    }

    @Test
    void theDateAfterABylineIsNoPartOfTheName() {
        assertThat(author("By Joseph Mendel November 19, 2019, 07:47 PM EST")).isEqualTo("Joseph Mendel");
        assertThat(author("By Ana Ruiz Tuesday")).isEqualTo("Ana Ruiz");
        assertThat(author("By Ana Ruiz Updated Nov 13, 2019, 10:28am EST")).isEqualTo("Ana Ruiz");
        assertThat(author("Par Claire Martin Mardi 3 mars 2026")).isEqualTo("Claire Martin");
        // A surname that only looks like a month keeps its name whole when no date follows.
        assertThat(author("By April Ryan")).isEqualTo("April Ryan");
        assertThat(author("By Theresa May")).isEqualTo("Theresa May");
        // Nor is the writer's role.
        assertThat(author("By Meg Jonas Staff Writer")).isEqualTo("Meg Jonas");
        assertThat(author("By Michael Hale Business Columnist")).isEqualTo("Michael Hale");
    }

    @Test
    void particlesAndConjunctionsJoinNamesButNeverEndOne() {
        assertThat(author("Par Jean de La Fontaine")).isEqualTo("Jean de La Fontaine");
        assertThat(author("By Ana Ruiz and Tom Berg")).isEqualTo("Ana Ruiz and Tom Berg");
        assertThat(author("By Ana Ruiz and staff")).isEqualTo("Ana Ruiz");
    }

    private static String title(String page) {
        return ArticleReader.fromText("x", page, null).metadata().title();
    }

    @Test
    void aSiteNameAfterTheTitleIsCutWhenThePageShowsItOnItsOwn() {
        assertThat(title("Governor promises storm aid - Harbour Gazette\n\n" + BODY + "\nHarbour Gazette\n"))
                .isEqualTo("Governor promises storm aid");
        assertThat(title("Governor promises storm aid — Harbour Gazette\n\n" + BODY + "\n© 2026 Harbour Gazette\n"))
                .isEqualTo("Governor promises storm aid");
        // Not shown anywhere else: a subtitle, kept.
        assertThat(title("Governor promises storm aid – Coastal Towns Wait\n\n" + BODY))
                .isEqualTo("Governor promises storm aid – Coastal Towns Wait");
        // The page's words, not the site's: a sentence that merely holds the name keeps the title whole.
        assertThat(title("Governor promises storm aid - Harbour Gazette\n\n" + BODY + "\nThe Harbour Gazette asked the governor's office twice.\n"))
                .isEqualTo("Governor promises storm aid - Harbour Gazette");
    }

    @Test
    void aScrapedPageWithNoHeadlineInItsTextIsNamedByItsHtmlTitle() {
        String menu = "Skip to content\n\nHome | News | Sport | Weather\n\n";
        assertThat(title("Governor promises storm aid | Harbour Gazette\n\n" + menu + BODY))
                .isEqualTo("Governor promises storm aid");
        assertThat(title("Governor promises storm aid | Politics | Harbour Gazette\n\n" + menu + BODY))
                .isEqualTo("Governor promises storm aid");
        // After the bar, words in lower case: not a site's name, so the whole line.
        assertThat(title("Storm week 2026 | the governor's promise to the coast\n\n" + menu + BODY))
                .isEqualTo("Storm week 2026 | the governor's promise to the coast");
        // A menu, or the site's name alone, names no article.
        assertThat(title("Home | News | Sport | Weather\n\nSkip to content\n\n" + BODY)).isNull();
    }

    @Test
    void aCleanArticleKeepsAHeadlineWithABarWhole() {
        assertThat(title("The Insider | Marta Lindqvist\n\n" + BODY)).isEqualTo("The Insider | Marta Lindqvist");
    }

    @Test
    void aBylineAmongTheFurnitureAboveTheArticleNamesTheAuthor() {
        // The head of a scraped page (menu, share buttons, writer's box) is furniture, bylines
        // included: the nearest above the article's first paragraph is still its writer's, on one
        // line or on two.
        String head = "Home | News | Business | Sport\n\nGovernor promises storm aid\n\nShare on Facebook\n\nShare on Twitter\n\n%s"
                + "\n\nUpdated Nov. 19, 2019 8:21 am ET\n\nPrint Article\n\n";
        assertThat(ArticleReader.fromText("x", String.format(head, "By\n\nAna Ruiz") + BODY, null).metadata().author())
                .isEqualTo("Ana Ruiz");
        assertThat(ArticleReader.fromText("x", String.format(head, "By Ana Ruiz") + BODY, null).metadata().author())
                .isEqualTo("Ana Ruiz");
    }

    @Test
    void aBylineLaidOutOnTwoLinesNamesTheAuthor() {
        assertThat(author("By\n\nAl Root")).isEqualTo("Al Root");
        assertThat(author("Par\nClaire Martin")).isEqualTo("Claire Martin");
        // The next line is no name: no author rather than a wrong one.
        assertThat(author("By\n\nThe storm left three towns without power")).isNull();
    }

    @Test
    void aHeadlineWithNoWordOfThePagesTitleLineIsAnotherStorysAndTheTitleLineNamesTheArticle() {
        String menu = "Skip to content\n\nHome | News | Sport | Weather\n\n";
        assertThat(title("Governor promises storm aid | Harbour Gazette\n\n" + menu + "Crews clear roads across the county\n\n" + BODY))
                .isEqualTo("Governor promises storm aid");
        // A headline that shares a word with the title line is the page's own.
        assertThat(title("Governor promises storm aid | Harbour Gazette\n\n" + menu + "Storm aid promised to the coast\n\n" + BODY))
                .isEqualTo("Storm aid promised to the coast");
    }
}
