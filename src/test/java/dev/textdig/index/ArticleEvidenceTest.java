package dev.textdig.index;

import dev.textdig.article.KindSelection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paragraphs rank with their article's evidence; articles rank as their best paragraph. */
class ArticleEvidenceTest {
    private static final String SAME = "The night ferry to the islands left the harbour an hour late.";
    private static ParagraphIndex index;

    @BeforeAll
    static void build() {
        // "passing" is given first: with paragraph scores alone its copy of SAME would tie with
        // "about"'s and come first, by document order.
        Article passing = article("passing.txt", "Council approves new harbour budget",
                "The council approved the harbour budget on Monday after a long debate about parking.",
                SAME,
                "Councillors will meet again in June to discuss the parking fees.");
        Article about = article("about.txt", "Island ferry timetable changes",
                SAME,
                "Ferry passengers complained that the ferry company gave no warning of the change.",
                "From next week the ferry will sail twice a day in winter.");
        Article alone = article("alone.txt", "Harbour notes", SAME, "Tides were high all week.");
        index = ParagraphIndex.build(List.of(passing, about, alone), false);
    }

    private static Article article(String file, String... paragraphs) {
        return ArticleReader.fromText(file, String.join("\n\n", paragraphs) + "\n", Language.EN);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String query, RankBy by) {
        return index.search(new SearchRequest(query, false, KindSelection.CONTENT, 20, by));
    }

    private static Hit hitOf(SearchResult r, String file, String text) {
        return r.hits().stream().filter(h -> h.article().file().equals(file) && h.paragraph().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aParagraphInAnArticleAboutTheQueryOutranksTheSameParagraphMentionedInPassing() {
        SearchResult r = search("ferry", RankBy.PARAGRAPH);
        assertThat(hitOf(r, "about.txt", SAME).score()).isGreaterThan(hitOf(r, "passing.txt", SAME).score());
        assertThat(r.hits().indexOf(hitOf(r, "about.txt", SAME))).isLessThan(r.hits().indexOf(hitOf(r, "passing.txt", SAME)));
    }

    @Test
    void aParagraphAloneInItsArticleKeepsItsOwnScore() {
        SearchResult r = search("ferry", RankBy.PARAGRAPH);
        assertThat(hitOf(r, "passing.txt", SAME).score()).isEqualTo(hitOf(r, "alone.txt", SAME).score());
    }

    @Test
    void byArticleEachArticleComesOnceAsItsFirstParagraphHit() {
        SearchResult paragraphs = search("ferry OR harbour", RankBy.PARAGRAPH);
        SearchResult articles = search("ferry OR harbour", RankBy.ARTICLE);
        List<Hit> firstOfEach = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit h : paragraphs.hits()) {
            if (seen.add(h.article().file())) {
                firstOfEach.add(h);
            }
        }
        assertThat(articles.hits()).extracting(h -> h.article().file()).containsExactly("about.txt", "passing.txt", "alone.txt");
        assertThat(articles.hits()).isEqualTo(firstOfEach);
        assertThat(articles.totalMatches()).as("matching articles").isEqualTo(3);
        assertThat(paragraphs.totalMatches()).as("matching paragraphs").isGreaterThan(3);
    }

    @Test
    void byArticleTheLimitCountsArticles() {
        SearchResult r = index.search(new SearchRequest("ferry", false, KindSelection.CONTENT, 2, RankBy.ARTICLE));
        assertThat(r.hits()).extracting(h -> h.article().file()).containsExactly("about.txt", "passing.txt");
        assertThat(r.totalMatches()).isEqualTo(3);
    }
}
