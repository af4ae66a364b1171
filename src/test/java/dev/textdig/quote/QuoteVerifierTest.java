package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.ArticleReader;
import dev.textdig.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteVerifierTest {
    private static final List<Quote> SAMPLE = QuoteExtractor.extract(ArticleReader.fromText("s", Fixtures.text(Fixtures.SAMPLE), null));

    @Test
    void exactWordsOfPartOfAQuotationAreExact() {
        Verification v = QuoteVerifier.verify("Strong condemnation of Azerbaijan's use of force", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.EXACT);
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.quote().speaker()).isEqualTo("Emmanuel Macron");
    }

    @Test
    void aChangedWordIsACloseMisquoteWithItsDifference() {
        Verification v = QuoteVerifier.verify("the offensive must end immediately", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.CLOSE);
        assertThat(v.differences()).containsExactly("stop→end");
        assertThat(v.quote().text()).startsWith("The offensive must stop immediately");
        assertThat(v.score()).isBetween(QuoteVerifier.CLOSE, 0.99);
    }

    @Test
    void unrelatedWordsAreNotFound() {
        Verification v = QuoteVerifier.verify("we will invade tomorrow at dawn", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.NOT_FOUND);
        assertThat(v.score()).isLessThan(QuoteVerifier.CLOSE);
    }

    @Test
    void noQuotationsMeansNotFound() {
        assertThat(QuoteVerifier.verify("anything at all", List.of()).verdict()).isEqualTo(Verification.Verdict.NOT_FOUND);
    }

    @Test
    void theMatchedStretchIsQuotedAsTheArticleWordsIt() {
        Verification v = QuoteVerifier.verify("the offensive must end immediately", SAMPLE);
        assertThat(v.matched()).isEqualTo("The offensive must stop immediately");
    }

    @Test
    void tensOfThousandsOfDistinctWordsAndALongQuotationStillCompare() {
        StringBuilder text = new StringBuilder("A title\n\n“");
        for (int i = 0; i < 30_000; i++) {
            text.append("word").append(i).append(' ');
        }
        text.append("”\n\n“Short one here,” she said.\n");
        List<Quote> quotes = QuoteExtractor.extract(ArticleReader.fromText("many", text.toString(), null));
        Verification v = QuoteVerifier.verify("word29990 word29991 wordX word29993 word29994", quotes);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.CLOSE);
        assertThat(v.differences()).containsExactly("word29992→wordx");
        assertThat(v.matched()).isEqualTo("word29990 word29991 word29992 word29993 word29994");
        assertThat(v.score()).isEqualTo(0.8);
    }
}
