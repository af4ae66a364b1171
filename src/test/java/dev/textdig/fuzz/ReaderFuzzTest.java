package dev.textdig.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.DecodedText;
import dev.textdig.article.Paragraph;
import dev.textdig.article.TextDecoder;
import dev.textdig.index.ParagraphIndex;
import dev.textdig.index.QuerySyntaxException;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchService;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.util.List;
import java.util.Set;

/**
 * Fuzz targets. Under {@code mvn verify} they replay their seed corpus (regression mode, in
 * src/test/resources/dev/textdig/fuzz/ReaderFuzzTestInputs); with {@code JAZZER_FUZZ=1} they fuzz
 * for as long as asked (docs/reliability.md says how).
 */
class ReaderFuzzTest {

    /** Any bytes: decoding, splitting, classifying and finding quotations never throw, and offsets stay in range. */
    @FuzzTest(maxDuration = "30s")
    void readerClassifierAndQuotes(byte[] bytes) {
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            return;
        }
        Article a = ArticleReader.fromText("f", decoded.text(), null);
        int length = decoded.text().codePointCount(0, decoded.text().length());
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.start()).isBetween(0, p.end());
            assertThat(p.end()).isLessThanOrEqualTo(length);
        }
        for (Quote q : QuoteExtractor.extract(a)) {
            assertThat(q.start()).isGreaterThanOrEqualTo(q.paragraph().start());
            assertThat(q.end()).isLessThanOrEqualTo(q.paragraph().end());
        }
    }

    /** Any query string: it runs or fails with a user error, never anything else. */
    @FuzzTest(maxDuration = "30s")
    void queryPath(String query) {
        if (query == null) {
            return; // Jazzer passes null; the command line never does
        }
        Article a = ArticleReader.fromText("q", "A title for the test\n\nThe council said the ferry would run on Monday, “at dawn”.\n", null);
        try (ParagraphIndex index = ParagraphIndex.build(List.of(a))) {
            try {
                new SearchService(index).search(new SearchRequest(query, false, Set.of(), true, 5));
            } catch (QuerySyntaxException expected) {
                assertThat(expected.getMessage()).doesNotContain("\n");
            }
        }
    }
}
