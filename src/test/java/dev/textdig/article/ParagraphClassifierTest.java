package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParagraphClassifierTest {
    private static List<Kind> kinds(String fixture) {
        Article a = ArticleReader.fromText("x", Fixtures.text(Fixtures.path(fixture)), null);
        return a.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void sampleArticleGetsTheDocumentedKinds() {
        Article a = ArticleReader.fromText("sample", Fixtures.text(Fixtures.SAMPLE), null);
        assertThat(a.paragraphs()).extracting(Paragraph::line, Paragraph::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(3, Kind.TITLE),
                org.assertj.core.groups.Tuple.tuple(5, Kind.LEAD),
                org.assertj.core.groups.Tuple.tuple(7, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(9, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(11, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(13, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(15, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(17, Kind.HEADING),
                org.assertj.core.groups.Tuple.tuple(19, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(21, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(23, Kind.BODY),
                org.assertj.core.groups.Tuple.tuple(25, Kind.META),
                org.assertj.core.groups.Tuple.tuple(26, Kind.META),
                org.assertj.core.groups.Tuple.tuple(28, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(29, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(30, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(31, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(32, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(33, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(35, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(37, Kind.BOILERPLATE),
                org.assertj.core.groups.Tuple.tuple(38, Kind.BOILERPLATE));
    }

    @Test
    void menusWidgetsAndFootersAroundAnArticleAreFurniture() {
        List<Kind> k = kinds("scraped-page.txt");
        // page title with site name, then two menus
        assertThat(k.subList(0, 9)).containsOnly(Kind.BOILERPLATE);
        assertThat(k.get(9)).isEqualTo(Kind.TITLE);
        assertThat(k.subList(10, 12)).containsOnly(Kind.META);
        assertThat(k.get(12)).isEqualTo(Kind.LEAD);
        assertThat(k.subList(13, 15)).containsOnly(Kind.BODY);
        assertThat(k.get(15)).isEqualTo(Kind.HEADING);
        assertThat(k.get(16)).isEqualTo(Kind.BODY);
        assertThat(k.subList(17, k.size())).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void photoCaptionsAreFurnitureAndTheArticleAroundThemIsKept() {
        // A saved article with its captions: credits in brackets, after a label, between slashes,
        // agency openings. Each caption is furniture; no paragraph of the text is lost, and a
        // credit line is never the title.
        List<Kind> k = kinds("captions-en.txt");
        assertThat(k).containsExactly(Kind.TITLE, Kind.BOILERPLATE, Kind.LEAD, Kind.BODY, Kind.BOILERPLATE, Kind.BODY,
                Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY);
    }

    @Test
    void linesLabelledAsAPicturesCreditOrCaptionAreCaptions() {
        // 'Image copyright ...' and 'Image caption ...' between paragraphs: captions, which part
        // nothing, so the paragraphs after the second picture stay in the article.
        List<Kind> k = kinds("caption-labels-en.txt");
        assertThat(k.subList(4, k.size())).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BOILERPLATE,
                Kind.BOILERPLATE, Kind.BODY, Kind.BODY, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE);
    }

    @Test
    void excerptsCutWithABracketedEllipsisAreTeasersAfterTheArticle() {
        List<Kind> k = kinds("excerpts-en.txt");
        assertThat(k.subList(0, 4)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(4, k.size())).as("teaser titles and their excerpts").containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aListOfOtherStoriesHeadlinesAfterTheArticleIsFurniture() {
        // Five headlines in a row after the article: a list of links, not the article's headings.
        List<Kind> k = kinds("teaser-list-en.txt");
        assertThat(k.subList(5, 11)).containsExactly(Kind.TITLE, Kind.META, Kind.META, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(11, k.size())).as("the list, its heading and the share line").containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void theHeadlineAmongItsCommentCountStandfirstAndShareButtonsStaysTheTitle() {
        // Headline, comment count, standfirst, byline and a share line: five headline-like lines
        // in a row, but the page's own headline block, decided before any list; the list of
        // other stories after the article is still furniture.
        List<Kind> k = kinds("headline-block-en.txt");
        assertThat(k.get(8)).isEqualTo(Kind.TITLE);
        assertThat(k.get(11)).isEqualTo(Kind.META);
        assertThat(k.subList(17, 20)).containsOnly(Kind.BODY);
        assertThat(k.subList(20, k.size())).hasSize(5).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aHeadlineComesBeforeTheStandfirstThatRetellsIt() {
        // The first line and the line before the byline tell one story: the first is the
        // headline, the other its standfirst. Nor is a notice before its button, or writers'
        // names with the outlet after them, the headline.
        List<Kind> k = kinds("headline-and-deck-en.txt");
        assertThat(k.get(0)).isEqualTo(Kind.TITLE);
        assertThat(k).containsOnlyOnce(Kind.TITLE);
        assertThat(k.subList(6, 9)).containsOnly(Kind.BODY);
    }

    @Test
    void aNoticeEndsOnItsButton() {
        assertThat(Notices.isButton("Learn More")).isTrue();
        assertThat(Notices.isButton("Subscribe now!")).isTrue();
        assertThat(Notices.isButton("Learn more about the island's lighthouses")).isFalse();
    }

    @Test
    void writersNamesWithTheOutletAfterThemAreABylineNotAHeadline() {
        assertThat(ParagraphRoles.namesOnly("Ilse Brandt and Tom Hale ISLAND GAZETTE")).isTrue();
        assertThat(ParagraphRoles.namesOnly("Ilse Brandt, Tom Hale and Anna Lorne")).isTrue();
        assertThat(ParagraphRoles.namesOnly("Lighthouse Keepers Return To The Rock")).isFalse();
        assertThat(ParagraphRoles.namesOnly("Ferry fares to rise for the third year")).isFalse();
    }

    @Test
    void teaserCardsThatRepeatTheirShapeAreFurniture() {
        // Headline, writer, summary; four times over after the article: other stories' cards.
        List<Kind> k = kinds("teaser-cards-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(12).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void headlinesEachWithASummaryAfterTheArticleAreFurniture() {
        // Headline, one-sentence summary; four times over under 'More from ...': other stories'
        // teasers, though no byline or date marks them.
        List<Kind> k = kinds("teaser-summaries-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(9).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void questionsAndAnswersOfAnInterviewAreKept() {
        // Question, answer, again and again, on a page with a menu: the shape repeats, but a
        // card needs a byline, a date, a second headline-like line, or headlines that ask nothing.
        List<Kind> k = kinds("interview-en.txt");
        assertThat(k.subList(4, k.size())).hasSize(14).doesNotContain(Kind.BOILERPLATE);
    }

    @Test
    void quickQuestionsAndTheirShortAnswersAreKept() {
        // Short questions and answers in a row read like a list of headlines, but a list of
        // other stories does not ask its reader questions.
        List<Kind> k = kinds("quick-questions-en.txt");
        assertThat(k.subList(4, 14)).hasSize(10).doesNotContain(Kind.BOILERPLATE);
    }

    @Test
    void aNumberedListThatCarriesOnTheArticleIsKept() {
        // Items numbered 1, 2, 3, 4 right after the prose: the article's own list, however short
        // each item; a menu or a list of other stories is not numbered in order.
        List<Kind> k = kinds("numbered-list-en.txt");
        assertThat(List.of(k.get(7), k.get(9), k.get(11), k.get(13))).doesNotContain(Kind.BOILERPLATE);
        assertThat(k.subList(15, 17)).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aListTheArticleAnnouncesWithAColonIsKept() {
        // "The choir's tour dates:" and the short lines after it, up to the share line: the
        // article's own list, not a menu after it.
        List<Kind> k = kinds("announced-list-en.txt");
        assertThat(k.subList(7, 12)).hasSize(5).doesNotContain(Kind.BOILERPLATE);
        assertThat(k.subList(12, 14)).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aBoxAnnouncedWithAColonAfterTheAdvertIsNoListOfTheArticle() {
        // 'About this report:' and its short lines come after an advert that ends the article:
        // the page's box about the story, not a list the article announces.
        List<Kind> k = kinds("box-after-advert-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(6).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aLinkToAnotherStoryLabelledInAnotherLanguageIsFurnitureAndDoesNotPartTheArticle() {
        // 'Baca juga: ...' (Indonesian for 'read also') between two paragraphs: furniture, and no
        // cut in the article. It is furniture inside the article, no sign of a page around it, so
        // it does not make the menu in a language without our lists furniture.
        List<Kind> k = kinds("read-also-id.txt");
        assertThat(k.get(7)).isEqualTo(Kind.BOILERPLATE);
        assertThat(k.subList(5, 7)).containsOnly(Kind.BODY);
        assertThat(k.subList(8, 10)).containsOnly(Kind.BODY);
    }

    @Test
    void aBoxOfLinksInsideTheArticleDoesNotCutItsLastParagraphOff() {
        // 'Related Links' and its one link between two paragraphs: furniture, but the article
        // goes on after it.
        List<Kind> k = kinds("related-box-en.txt");
        assertThat(k.subList(4, 7)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY);
        assertThat(k.subList(7, 9)).containsOnly(Kind.BOILERPLATE);
        assertThat(k.get(9)).isEqualTo(Kind.BODY);
        assertThat(k.subList(10, k.size())).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void theControlUnderAnEmbeddedPostsCaptionDoesNotCutTheArticle() {
        // Two embedded posts, each a credit line and its 'Report' button, between two paragraphs:
        // furniture, but part of the pictures, and the article goes on around them.
        List<Kind> k = kinds("embedded-posts-en.txt");
        assertThat(k.subList(4, 7)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY);
        assertThat(k.subList(7, 11)).containsOnly(Kind.BOILERPLATE);
        assertThat(k.subList(11, 13)).containsOnly(Kind.BODY);
        assertThat(k.subList(13, k.size())).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aTourDatesListRightAfterTheArticleIsKept() {
        // 'June 6 – Oban @ Corran Halls' and three more: lines of one shape, as a template's are,
        // but each a date and what happens then, one after another after the prose.
        List<Kind> k = kinds("tour-dates-en.txt");
        assertThat(k.subList(4, 7)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY);
        assertThat(k.subList(8, 12)).hasSize(4).doesNotContain(Kind.BOILERPLATE);
        assertThat(k.subList(12, k.size())).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aShoppingGuidesItemLinesAndButtonsDoNotCutItsProseApart() {
        // 'Harbour Lantern for $35', 'See it now: Harbour Shop', then the paragraph about it,
        // three times: the item lines and buttons repeat (furniture), but the guide is one text.
        List<Kind> k = kinds("shopping-guide-en.txt");
        assertThat(k.subList(4, 7)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY);
        assertThat(List.of(k.get(9), k.get(12), k.get(15))).containsOnly(Kind.BODY);
        assertThat(List.of(k.get(7), k.get(8), k.get(10), k.get(11), k.get(13), k.get(14))).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void theSitesPromosAreFurnitureOnAPageThatShowsSome() {
        // 'Stay up to date: subscribe to our newsletter.' after the article speaks to the reader.
        List<Kind> k = kinds("promo-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(3).containsOnly(Kind.BOILERPLATE);
        assertThat(Promos.isPromo("Sign up for the Gazette's morning newsletter")).isTrue();
        assertThat(Promos.isPromo("The harbour trust said in its newsletter that the tower would reopen.")).isFalse();
    }

    @Test
    void aPromoMayAskTheReaderToClickJoinOrWriteInAndItsVerbMayOpenAnySentence() {
        assertThat(Promos.isPromo("Every Friday the harbour master answers questions on the radio. Click to subscribe!")).isTrue();
        assertThat(Promos.isPromo("Like stories from the islands? Join the Gazette's readers' club.")).isTrue();
        assertThat(Promos.isPromo("Read our reporting every week? Click here to support it.")).isTrue();
        assertThat(Promos.isPromo("Get island alerts and the morning's news. Stories that matter, delivered at six.")).isFalse();
        assertThat(Promos.isPromo("Get ferry news alerts and the morning's stories, delivered at six.")).isTrue();
        assertThat(Promos.isPromo("The Gazette welcomes letters to the editor. Tell us what you think of this story.")).isTrue();
        assertThat(Promos.isPromo("You seem to be on an old browser. For the best Gazette, please update to a modern browser.")).isTrue();
        assertThat(Promos.isPromo("This copy is for your personal, non-commercial use only. To order copies, contact our reprints desk.")).isTrue();
        // An article's own sentences that ask something of someone are not promos.
        assertThat(Promos.isPromo("Your goal with a first stall at the market is to gather feedback from your buyers.")).isFalse();
        assertThat(Promos.isPromo("The council asked fishermen to join the survey of the north quay.")).isFalse();
    }

    @Test
    void aParagraphSaidAgainOnAPageWithFurnitureIsKeptOnce() {
        // The lead again under 'Send this story to a friend': the article says it once.
        List<Kind> k = kinds("repeated-paragraph-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.get(9)).as("the copy").isEqualTo(Kind.BOILERPLATE);
    }

    @Test
    void theBoxAboutTheWriterIsFurnitureOnAPageThatShowsSome() {
        // 'About Ilse Brandt' and the paragraph that names her again: about the writer, not the story.
        List<Kind> k = kinds("author-box-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(3).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void theParagraphInWhichTheSiteSaysWhatItIsIsFurniture() {
        // 'Harbourlight is a network of island newspapers...': the name its title line and its
        // copyright line give, saying what it is. About the publisher, not the story.
        List<Kind> k = kinds("site-box-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(2).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aNoteOnTheWriterWithTheirHandleIsFurnitureWithoutAByline() {
        // 'Ilse Brandt (@ilsebrandt) is a reporter at ...': who the writer is, not the story.
        List<Kind> k = kinds("writer-note-en.txt");
        assertThat(k.subList(4, 8)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(8, k.size())).hasSize(2).containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void readersCommentsAfterTheArticleAndTheirCountAreFurniture() {
        List<Kind> k = kinds("comments-en.txt");
        assertThat(k.subList(0, 4)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(k.subList(4, k.size())).as("'3 responses to ...', names, times, comments").hasSize(10)
                .containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void aListInACleanArticleIsKept() {
        // The same shape in an article with no furniture around it is the article's own list.
        assertThat(kinds("list-in-article-en.txt")).doesNotContain(Kind.BOILERPLATE).hasSize(9);
    }

    @Test
    void shareWidgetLinesAreFurnitureAndNeverTheTitle() {
        // Network names and share labels between the byline and the text: the page's controls.
        // They show the page holds furniture; the headline above them stays the title.
        List<Kind> k = kinds("share-widget-en.txt");
        assertThat(k).containsExactly(Kind.TITLE, Kind.META, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.BOILERPLATE,
                Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.BODY, Kind.BODY, Kind.BODY, Kind.BOILERPLATE);
    }

    @Test
    void onlyLinesOfWidgetWordsAloneAreWidgets() {
        assertThat(WidgetLines.widgetWords("Show more sharing options")).isEqualTo(4);
        assertThat(WidgetLines.widgetWords("Copy Link URL Copied!")).isEqualTo(4);
        assertThat(WidgetLines.widgetWords("Partager sur Facebook")).isEqualTo(3);
        // A share dialog's label names the story after its words.
        String text = "Share All sharing options for: Harbour ferry timetable changes";
        List<Paragraph> label = List.of(new Paragraph(1, 1, 0, text.length(), text, Kind.BODY));
        assertThat(WidgetLines.of(label, List.of(ParagraphFeatures.of(text, Set.of())))).containsExactly(true);
        assertThat(WidgetLines.widgetWords("Subscribe No thanks")).as("a sign-up box's buttons").isEqualTo(3);
        assertThat(WidgetLines.widgetWords("LEARN MORE")).isEqualTo(2);
        assertThat(WidgetLines.widgetWords("Share prices fell")).as("a headline").isZero();
        assertThat(WidgetLines.widgetWords("Twitter and the island")).isZero();
        List<String> lines = List.of("Life on the island", "Facebook", "The island's page on the network has a thousand followers.");
        List<Paragraph> paragraphs = new java.util.ArrayList<>();
        List<ParagraphFeatures> features = new java.util.ArrayList<>();
        for (String line : lines) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, 1, 0, line.length(), line, Kind.BODY));
            features.add(ParagraphFeatures.of(line, java.util.Set.of()));
        }
        assertThat(WidgetLines.of(paragraphs, features)).as("one network's name alone is a heading").containsOnly(false);
    }

    @Test
    void aNoteOnTheWriterNamedInTheBylineIsFurniture() {
        List<Kind> k = kinds("author-note-en.txt");
        assertThat(k).containsExactly(Kind.BOILERPLATE, Kind.TITLE, Kind.META, Kind.LEAD, Kind.BODY, Kind.BODY,
                Kind.BOILERPLATE, Kind.BOILERPLATE);
    }

    @Test
    void aCaptionMayEndOnItsSourceInBracketsOrOnCreditAndAnEllipsis() {
        for (String caption : List.of("The ferry leaves the north quay at dawn. (AP)",
                "The first map of the sea floor off Skarn Point. (Island Survey/Harbour Trust)",
                "The harbour master on the new pier last week. Credit... Ilse Brandt/The Island Gazette")) {
            assertThat(Captions.isCaption(caption, ParagraphFeatures.of(caption, java.util.Set.of()))).as(caption).isTrue();
        }
        // A link after a sentence, or an aside in brackets, is no source.
        for (String prose : List.of("Why the council voted for the new pier. (More)",
                "The ferry was late again on Monday. (It was the third time this month.)")) {
            assertThat(Captions.isCaption(prose, ParagraphFeatures.of(prose, java.util.Set.of()))).as(prose).isFalse();
        }
    }

    @Test
    void captionLikeEndingsInProseAndHeadingsAreNotCaptions() {
        ParagraphFeatures heading = ParagraphFeatures.of("Talks on Israel/Palestine", java.util.Set.of());
        assertThat(Captions.isCaption("Talks on Israel/Palestine", heading)).as("no picture agency").isFalse();
        String byline = "Posted by Anna Lorne on November 19, 2026, 6:21 AM EST Getty Images";
        assertThat(Captions.isCaption(byline, ParagraphFeatures.of(byline, java.util.Set.of()))).as("a byline stays meta").isFalse();
        String prose = "The photo: a harbour at dusk, taken by a reader, won the prize.";
        assertThat(Captions.isCaption(prose, ParagraphFeatures.of(prose, java.util.Set.of()))).as("ends as a sentence").isFalse();
        String byLabel = "The new bridge over the strait at first light Photograph by Jon Berg";
        assertThat(Captions.isCaption(byLabel, ParagraphFeatures.of(byLabel, java.util.Set.of()))).as("a credit after 'by', no mark").isTrue();
    }

    @Test
    void shortArticlesWithoutFurnitureKeepEveryParagraph() {
        assertThat(kinds("one-per-line.txt")).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
        assertThat(kinds("french-article.txt")).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY, Kind.BODY);
    }

    @Test
    void cleanArticlesKeepEveryParagraph() {
        // No menu, widget or repeated line anywhere: short sentences, a subheading, a credit
        // line and a line with an invalid byte at the end are all part of the article.
        assertThat(kinds("clean-article-en.txt")).doesNotContain(Kind.BOILERPLATE).hasSize(11);
        assertThat(kinds("clean-article-fr.txt")).doesNotContain(Kind.BOILERPLATE).hasSize(6);
        assertThat(kinds("letter-to-editor.txt")).doesNotContain(Kind.BOILERPLATE);
    }

    @Test
    void dividersAndTimesBetweenEntriesOfALiveArticleAreKept() {
        List<Kind> k = kinds("live-updates.txt");
        assertThat(k).doesNotContain(Kind.BOILERPLATE);
        assertThat(k.get(0)).isEqualTo(Kind.TITLE);
    }

    @Test
    void aHeadlineOnTheFirstLineIsTheTitle() {
        List<Kind> en = kinds("clean-article-en.txt");
        assertThat(en.subList(0, 3)).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY);
        assertThat(en.get(5)).isEqualTo(Kind.HEADING);
        assertThat(kinds("clean-article-fr.txt").subList(0, 2)).containsExactly(Kind.TITLE, Kind.LEAD);
        Metadata fr = ArticleReader.fromText("x", Fixtures.text(Fixtures.path("clean-article-fr.txt")), null).metadata();
        assertThat(fr.title()).isEqualTo("Grève à la SNCF : les syndicats appellent à reconduire le mouvement");
    }

    @Test
    void aSectionLabelAboveTheHeadlineLeavesItTheTitle() {
        Article fr = ArticleReader.fromText("x", "Sciences\n\nUne bactérie découverte dans une tourbière du Jura dégrade le plastique\n\n"
                + "Par Claire Martin\n\nUne équipe du laboratoire de Besançon a identifié une souche capable de dégrader "
                + "lentement le polystyrène, a-t-elle annoncé mardi.\n\nLes chercheurs veulent maintenant comprendre "
                + "comment la bactérie s’y prend, et à quelle vitesse.\n", null);
        assertThat(fr.metadata().title()).isEqualTo("Une bactérie découverte dans une tourbière du Jura dégrade le plastique");
        assertThat(fr.metadata().author()).isEqualTo("Claire Martin");
        Article en = ArticleReader.fromText("x", "Harbour Gazette\n\nGovernor promises storm aid to coastal towns\n\n"
                + "The governor spoke to reporters on Monday about the storm and the damage it left along the coast, "
                + "and promised help for the towns that were hit hardest.\n\nCrews were still clearing roads on "
                + "Tuesday, and power was back for most homes by the evening.\n", null);
        assertThat(en.metadata().title()).isEqualTo("Governor promises storm aid to coastal towns");
        assertThat(en.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
    }

    @Test
    void aHeadlineInCapitalsIsTheTitleNotAByline() {
        // Three capitalised words and more in capitals read as names and an outlet ('Anna Lorne
        // THE HERALD'): a headline in capitals was never the title, and under a breadcrumb it was
        // hidden as furniture.
        String body = "Pilots on the island ferries voted to accept a three-year contract on Sunday, ending a strike "
                + "that had stranded hundreds of travellers over the holiday weekend.\n\nThe union said 78 per cent "
                + "of members backed the offer.\n";
        for (String head : List.of("", "Home > News > Local\n\n")) {
            Article a = ArticleReader.fromText("x", head + "FERRY STRIKE ENDS AFTER PILOTS ACCEPT NEW CONTRACT\n\n" + body, null);
            assertThat(a.metadata().title()).as(head).isEqualTo("FERRY STRIKE ENDS AFTER PILOTS ACCEPT NEW CONTRACT");
            assertThat(a.paragraphs()).extracting(Paragraph::kind).as(head).endsWith(Kind.TITLE, Kind.LEAD, Kind.BODY);
        }
        assertThat(ParagraphRoles.namesOnly("Anna Lorne and Tom Hale THE HERALD")).isTrue();
    }

    @Test
    void aDatelineAboveTheHeadlineIsMetaAndTheHeadlineTheTitle() {
        String article = "%s\n\nLa mairie de Quimper annonce la fermeture provisoire de la piscine municipale\n\n"
                + "Les travaux de rénovation du bassin principal dureront au moins six mois, selon un communiqué "
                + "publié lundi matin par la municipalité.\n\nLes clubs de natation seront accueillis à Concarneau "
                + "pendant la durée du chantier.\n";
        for (String dateline : List.of("Lundi 12 octobre 2026 à 09h14", "Publié le 12 octobre 2026", "12/10/2026 09:14")) {
            Article a = ArticleReader.fromText("x", String.format(article, dateline), null);
            assertThat(a.metadata().title()).as(dateline)
                    .isEqualTo("La mairie de Quimper annonce la fermeture provisoire de la piscine municipale");
            assertThat(a.paragraphs()).extracting(Paragraph::kind).as(dateline)
                    .containsExactly(Kind.META, Kind.TITLE, Kind.LEAD, Kind.BODY);
        }
        assertThat(ArticleReader.fromText("x", String.format(article, "Lundi 12 octobre 2026 à 09h14"), null).metadata().date())
                .isEqualTo("12 octobre 2026");
        // A headline that holds a date, and no other headline after it, stays the title.
        Article results = ArticleReader.fromText("x", "Hockey results, March 3\n\nThe Harbour Seals won in overtime on "
                + "Tuesday night, and the Lakers lost for the fifth time in a row at home in front of a thin crowd.\n\n"
                + "The Seals play again on Friday.\n", null);
        assertThat(results.metadata().title()).isEqualTo("Hockey results, March 3");
    }

    @Test
    void aFrenchPublicationLineIsMetaWhateverItsLength() {
        // 'publié\b' never matched before a space: since JDK 19, \b is ASCII and 'é' is no word character.
        Article a = ArticleReader.fromText("x", "Municipales : à Brest, la gauche unie dès le premier tour\n\n"
                + "Par Gwenola Le Floch\n\nPublié le 3 février 2026 à 18h02, mis à jour à 19h30\n\nLes trois listes de "
                + "gauche ont annoncé mardi leur fusion derrière la maire sortante, une première depuis 2008.\n\n"
                + "La droite présentera sa liste samedi.\n", null);
        assertThat(a.paragraphs()).extracting(Paragraph::kind)
                .containsExactly(Kind.TITLE, Kind.META, Kind.META, Kind.LEAD, Kind.BODY);
        assertThat(a.metadata().date()).isEqualTo("3 février 2026");
        assertThat(a.metadata().author()).isEqualTo("Gwenola Le Floch");
    }

    @Test
    void aLinkWithALongHeadlineInsideTheArticleDoesNotCostTheParagraphAfterIt() {
        // The link's headline has as many words as the short paragraph after it: charged per word,
        // the link cost the article that paragraph.
        String page = "Harbour council approves new ferry timetable\n\nMenu\n\nHome | News | Sport\n\nThe council of "
                + "Port Ellery approved the new ferry timetable on Monday after residents asked for an earlier morning "
                + "crossing to the mainland.\n\n%s: The mayor says the old harbour bridge will reopen to traffic in the "
                + "spring.\n\nThe first ferry will now leave at six, an hour earlier than before, from the first of "
                + "March.\n\nShare this article\n\nMost read\n";
        for (String label : List.of("Read more", "Related")) {
            assertThat(ArticleReader.fromText("x", String.format(page, label), null).paragraphs()).extracting(Paragraph::kind)
                    .as(label).containsExactly(Kind.TITLE, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.LEAD, Kind.BOILERPLATE,
                            Kind.BODY, Kind.BOILERPLATE, Kind.BOILERPLATE);
        }
    }

    @Test
    void aShortSentenceThatEndsThePageAfterTheArticleIsItsClosingLine() {
        String page = "Home | News | Sport | Weather\n\nJudge delays ruling in harbour bridge contract case\n\nBy Dana "
                + "Whitcombe\n\nA judge on Thursday delayed her ruling on whether the city broke procurement rules when it "
                + "awarded the harbour bridge repair contract, saying she needed more time to read the documents.\n\n"
                + "Lawyers for the losing bidder argued that the council had changed the scoring rules after the bids were "
                + "opened.\n\nThe hearing continues on Monday.\n%s";
        assertThat(ArticleReader.fromText("x", String.format(page, ""), null).paragraphs()).extracting(Paragraph::kind)
                .containsExactly(Kind.BOILERPLATE, Kind.TITLE, Kind.META, Kind.LEAD, Kind.BODY, Kind.BODY);
        // Before the page's own lines it may be theirs: it stays out there, as before.
        assertThat(ArticleReader.fromText("x", String.format(page, "\nShare this article\n\nMost read\n"), null).paragraphs())
                .extracting(Paragraph::kind).endsWith(Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.BOILERPLATE);
    }

    @Test
    void aLinkToAnotherStoryInsideTheArticleDoesNotCutItShort() {
        String page = "Accueil › Société › Éducation\n\nRentrée : 2 000 postes d’enseignants non pourvus à Pradelles\n\n"
                + "Par Julien Kerbrat\n\nÀ quelques heures de la rentrée, l’académie de Pradelles cherche encore 2 000 "
                + "enseignants, selon les chiffres du rectorat publiés lundi.\n\n« Nous n’avons jamais connu une telle "
                + "pénurie », reconnaît Anne Caradec, rectrice de l’académie.\n\n%s : Le salaire des enseignants "
                + "augmentera en janvier\n\nLes syndicats dénoncent un manque d’anticipation. « On nous promet des "
                + "contractuels formés en quatre jours », regrette Karim Benali.\n\nAbonnez-vous à notre newsletter\n\nLes plus lus\n";
        for (String label : List.of("Lire aussi", "À lire aussi", "READ MORE")) {
            List<Paragraph> p = ArticleReader.fromText("x", String.format(page, label), null).paragraphs();
            assertThat(p).extracting(Paragraph::kind).as(label).containsExactly(Kind.BOILERPLATE, Kind.TITLE, Kind.META,
                    Kind.LEAD, Kind.BODY, Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BOILERPLATE);
        }
    }

    @Test
    void anAdvertisementsSlotBetweenParagraphsDoesNotCutTheArticleShort() {
        // A page's ad label is furniture, but it sits between the article's paragraphs: the
        // paragraph after the last one is still the article's (it was dropped as the page's tail).
        String page = "Harbour town votes to rebuild its sea wall\n\nBy Ellen Marsh\n\nThe council of Port Ellery voted on "
                + "Monday to rebuild the sea wall that failed during the January storm, after residents packed the "
                + "town hall to demand action.\n\n%s\n\n“We cannot go through another winter like this,” said Tom Hale, "
                + "who chairs the residents’ association. The town’s engineers say the new wall will cost £14 million.\n\n"
                + "%s\n\nEngineers plan to start work on the sea wall in April. The flood fund’s board meets on Thursday "
                + "to consider the town’s application, and a decision is expected within weeks.\n";
        for (String label : List.of("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Publicité",
                "- Advertisement -")) {
            List<Paragraph> p = ArticleReader.fromText("x", String.format(page, label, label), null).paragraphs();
            assertThat(p).extracting(Paragraph::kind).as(label).containsExactly(Kind.TITLE, Kind.META, Kind.LEAD,
                    Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY);
        }
    }

    @Test
    void aCleanArticleWithItsAdSlotsAndLinksLeftInKeepsEveryParagraph() {
        // Ad labels and links to other stories are furniture inside the article, no sign of a page
        // around it: the short closing line after the last ad was dropped as the page's tail.
        String page = "Grève à la SNCF : le trafic très perturbé jeudi\n\nPar Camille Roussel\n\nLe trafic sera très "
                + "perturbé jeudi sur l’ensemble du réseau, a prévenu la SNCF mercredi soir. Seul un TGV sur trois "
                + "circulera.\n\n« Nous ne lâcherons rien », a déclaré Fabien Villedieu, délégué de SUD-Rail, devant la "
                + "gare de Lyon.\n\nPublicité\n\nLa direction appelle au dialogue et rappelle que les négociations "
                + "salariales doivent reprendre en avril.\n\nLire aussi : Retraites, ce que prévoit le projet de loi\n\n"
                + "Le ministre des Transports a jugé la grève « injustifiée » et promis des bus de substitution.\n\n"
                + "Publicité\n\nLes perturbations devraient se poursuivre vendredi, selon les syndicats.\n";
        List<Paragraph> p = ArticleReader.fromText("x", page, null).paragraphs();
        assertThat(p).extracting(Paragraph::kind).containsExactly(Kind.TITLE, Kind.META, Kind.LEAD, Kind.BODY,
                Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY);
    }

    @Test
    void aFirstSentenceAsLongAsTheProseAfterItIsNoTitle() {
        Article a = ArticleReader.fromText("x", "The council met on Tuesday evening in the old town hall to discuss "
                + "the budget for next year.\n\nIt agreed to raise the budget for roads by a tenth and to keep the "
                + "libraries open on Sundays.\n", null);
        assertThat(a.metadata().title()).isNull();
        assertThat(a.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.TITLE, Kind.BOILERPLATE);
    }

    @Test
    void anEmailAddressIsNeverATitle() {
        Article a = ArticleReader.fromText("x", Fixtures.text(Fixtures.path("letter-to-editor.txt")), null);
        assertThat(a.metadata().title()).isNull();
        assertThat(a.paragraphs().get(0).kind()).isNotEqualTo(Kind.TITLE);
    }

    @Test
    void aBrandNameWithAnInnerCapitalInASentenceIsNotAGluedCounter() {
        Article a = ArticleReader.fromText("x", "Mayor defends the new parking rules\n\nThe mayor defended the new "
                + "parking rules on Monday in a long interview with a local radio station and in a video.\n\n"
                + "She posted the video on YouTube.\n\nThe rules take effect next month across the whole of the "
                + "town centre, the council said in a statement.\n", null);
        assertThat(a.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
    }

    @Test
    void gluedCountersAreFurnitureWherever() {
        Article a = ArticleReader.fromText("x", "A long paragraph of real prose that goes on for a while, "
                + "with enough of the little words that prose is made of to count as text.\n\n3,201FollowersFollow\n", null);
        assertThat(a.paragraphs().get(1).kind()).isEqualTo(Kind.BOILERPLATE);
    }

    @Test
    void metadataComesFromBylinesAndSourceLines() {
        Metadata m = ArticleReader.fromText("x", Fixtures.text(Fixtures.SAMPLE), null).metadata();
        assertThat(m.title()).startsWith("Emmanuel Macron asks Azerbaijan").endsWith("in Nagorno-Karabakh");
        assertThat(m.author()).isEqualTo("Ariel Guez");
        assertThat(m.source()).isEqualTo("BFM TV");
        Metadata page = ArticleReader.fromText("x", Fixtures.text(Fixtures.path("scraped-page.txt")), null).metadata();
        assertThat(page.author()).isEqualTo("Jane Okafor");
        assertThat(page.date()).isEqualTo("March 3, 2024");
    }

    @Test
    void aFrenchQuotationClosedBeforeAColonIsNoBreadcrumb() {
        // « ... » are quotation marks: the closing one, spaced as French sets it, is not the » of
        // a breadcrumb (Accueil » Sport), so a headline that quotes is a headline, and a page
        // whose only such line is its headline shows no furniture.
        Article a = ArticleReader.fromText("x", "« Nous avons perdu la moitié des ruches » : un apiculteur témoigne\n\n"
                + "Propos recueillis par Hélène Brossard\n\nJean-Marc Teyssier est apiculteur dans le Gers depuis trente "
                + "ans. Il raconte une saison noire pour lui et pour ses voisins.\n\n— Combien de ruches avez-vous perdu ?"
                + "\n\n— Presque la moitié. Sur 400, il m’en reste 210, et les autres ne passeront peut-être pas l’hiver."
                + "\n\n— Allez-vous continuer ?\n\n— Oui. Mais je ne sais pas combien de temps.\n", null);
        assertThat(a.metadata().title()).isEqualTo("« Nous avons perdu la moitié des ruches » : un apiculteur témoigne");
        assertThat(a.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
        Article quoteLast = ArticleReader.fromText("x", "Sophie Marland : « La montagne n’appartient à personne »\n\n"
                + "Guide de haute montagne depuis vingt ans, Sophie Marland publie un récit sur la fonte des glaciers "
                + "des Alpes.\n\nIl faut apprendre à y aller autrement, plus tôt, moins souvent, dit-elle.\n", null);
        assertThat(quoteLast.metadata().title()).isEqualTo("Sophie Marland : « La montagne n’appartient à personne »");
    }

    @Test
    void aSentenceOfProseThatOpensOnAFurnitureWordIsText() {
        // "Copyright", "Related", "Sponsored", "Partager" open page furniture as labels, but a line
        // that goes on as a sentence about its subject is the article's: it was taken for furniture,
        // the clean article for a page, and everything after it hidden.
        Article en = ArticleReader.fromText("x", "Court rules that machine-made images cannot be registered\n\n"
                + "By Neil Osterhout\n\nA federal appeals court ruled on Friday that images produced entirely by "
                + "software cannot be registered with the copyright office, upholding a decision from last year.\n\n"
                + "Copyright law protects works of human authorship, the three-judge panel wrote in a unanimous opinion."
                + "\n\nThe case was brought by an engineer who argued that his program, not he, was the author of a "
                + "landscape painting it had generated.\n\nRelated cases are pending in two other circuits.\n\n"
                + "Sponsored by a group of illustrators, a separate bill in Congress would require software makers to "
                + "disclose their training data.\n\nThe engineer’s lawyer said he would appeal.\n", null);
        assertThat(en.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
        Article fr = ArticleReader.fromText("x", "Dans les Cévennes, des villages réinventent la cantine\n\n"
                + "Par Lucie Arnaud\n\nÀ Saint-Julien-des-Causses, l’école a rouvert sa cantine à la rentrée. Les repas "
                + "sont préparés par deux agricultrices du village.\n\nPartager un repas chaud le midi, c’était devenu "
                + "rare pour les enfants d’ici.\n\nLe menu change chaque semaine selon les récoltes.\n\n"
                + "Deux communes voisines veulent désormais copier le modèle.\n", null);
        assertThat(fr.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
        // Furniture is still furniture: a copyright line, an appeal to the reader, a link's label.
        assertThat(ParagraphFeatures.of("Read more: The mayor says the old harbour bridge will reopen to traffic in the spring.",
                Stopwords.of(Language.EN)).furnitureCue()).isTrue();
        assertThat(ParagraphFeatures.of("Lire aussi : Le maire annonce que le vieux pont du port rouvrira à la circulation au "
                + "printemps.", Stopwords.of(Language.FR)).furnitureCue()).isTrue();
        Article page = ArticleReader.fromText("x", "Harbour council approves new ferry timetable\n\nThe council of Port "
                + "Ellery approved the new ferry timetable on Monday after residents asked for an earlier morning "
                + "crossing to the mainland.\n\nThe first ferry will now leave at six, an hour earlier than before, "
                + "from the first of March.\n\nSign up for our newsletter to get the latest news in your inbox.\n\n"
                + "Copyright 2024 The Harbour Gazette. All rights reserved.\n", null);
        assertThat(page.paragraphs()).extracting(Paragraph::kind).containsExactly(Kind.TITLE, Kind.LEAD, Kind.BODY,
                Kind.BOILERPLATE, Kind.BOILERPLATE);
    }

    @Test
    void aClosingSentenceMadeOfWidgetWordsIsNoControl() {
        // "More to follow." is made of share-widget words (more, to, follow), but a control's label
        // has no full stop: it was a widget line, the clean story a page, and its last paragraph lost.
        Article a = ArticleReader.fromText("x", "Fire breaks out at Dunhaven chemical plant\n\nBy Laura Finchley\n\n"
                + "A large fire broke out at a chemical plant on the edge of Dunhaven on Wednesday afternoon, sending a "
                + "column of black smoke over the town.\n\nFire crews from three counties were at the scene. Residents "
                + "within two kilometres were told to keep their windows and doors shut.\n\nThere were no immediate "
                + "reports of injuries.\n\nMore to follow.\n", null);
        assertThat(a.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
        // A row of controls is still one.
        Article page = ArticleReader.fromText("x", "Fire breaks out at Dunhaven chemical plant\n\nShare this!\n\n"
                + "A large fire broke out at a chemical plant on the edge of Dunhaven on Wednesday afternoon, sending a "
                + "column of black smoke over the town.\n\nFire crews from three counties were at the scene. Residents "
                + "within two kilometres were told to keep their windows and doors shut.\n", null);
        assertThat(page.paragraphs().get(1).kind()).isEqualTo(Kind.BOILERPLATE);
    }

    @Test
    void aSpeakersNameSaidAgainBetweenParagraphsIsNoMenu() {
        // A transcript names its speakers again and again, each time between what was said: not a
        // menu repeated in the header and the footer. Taken for one, the clean transcript lost its
        // title and all but one of its answers.
        Article a = ArticleReader.fromText("x", "Transcript: the mayor and the fire chief on the summer drought\n\n"
                + "The following is an edited transcript of Tuesday’s joint briefing at City Hall.\n\nMAYOR HALVERSEN\n\n"
                + "Good morning. We are asking every household to cut water use by a fifth, starting today.\n\n"
                + "CHIEF OKONJO\n\nThe fire risk in the hills is the highest we have recorded. Please do not light "
                + "barbecues outdoors.\n\nMAYOR HALVERSEN\n\nWe will review the restrictions every Friday and publish "
                + "the reservoir levels online.\n\nCHIEF OKONJO\n\nAnd if you see smoke, call us at once. Do not wait."
                + "\n\nMAYOR HALVERSEN\n\nThank you all.\n", null);
        assertThat(a.metadata().title()).isEqualTo("Transcript: the mayor and the fire chief on the summer drought");
        assertThat(a.paragraphs()).extracting(Paragraph::kind).doesNotContain(Kind.BOILERPLATE);
    }
}
