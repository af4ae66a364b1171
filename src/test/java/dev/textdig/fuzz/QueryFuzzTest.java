package dev.textdig.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Span;
import dev.textdig.index.Hit;
import dev.textdig.index.ParagraphIndex;
import dev.textdig.index.QuerySyntaxException;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.index.SearchService;
import java.util.List;

/** Fuzz target for the query path: any query, classic or literal, over any article (see {@link ArticleFuzzTest}). */
class QueryFuzzTest {
    private static final String ARTICLE = "A title for the test\n\nThe council said the ferry would run on Monday, “at dawn”.\n\n"
            + "“We will not wait,” the mayor told reporters on Tuesday.\n";

    /**
     * A query runs or fails with a one-line user error; hits are at most the limit, no more than the
     * count, and every marked match lies inside its paragraph.
     */
    @FuzzTest(maxDuration = "5m")
    void search(FuzzedDataProvider data) {
        boolean literal = data.consumeBoolean();
        boolean withQuotes = data.consumeBoolean();
        int limit = data.consumeInt(0, 20);
        String query = data.consumeString(1000);
        String extra = data.consumeRemainingAsString();
        Article a = ArticleReader.fromText("q", ARTICLE + extra, null);
        try (ParagraphIndex index = ParagraphIndex.build(List.of(a), withQuotes)) {
            SearchResult result;
            try {
                result = new SearchService(index).search(new SearchRequest(query, literal, KindSelection.EVERYTHING, limit));
            } catch (QuerySyntaxException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
                return;
            }
            assertThat(result.hits().size()).isLessThanOrEqualTo(limit).isLessThanOrEqualTo((int) Math.min(result.totalMatches(), limit));
            for (Hit hit : result.hits()) {
                int length = hit.paragraph().text().codePointCount(0, hit.paragraph().text().length());
                for (Span s : hit.matches()) {
                    assertThat(s.start()).isBetween(0, s.end());
                    assertThat(s.end()).isLessThanOrEqualTo(length);
                }
            }
        }
    }
}
