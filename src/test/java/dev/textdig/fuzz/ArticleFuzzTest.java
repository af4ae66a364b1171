package dev.textdig.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.DecodedText;
import dev.textdig.article.Paragraph;
import dev.textdig.article.TextDecoder;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import dev.textdig.quote.QuoteVerifier;
import dev.textdig.quote.Verification;
import java.util.List;

/**
 * Fuzz targets for reading an article: decoding, splitting, classifying, and finding quotations
 * with their speakers. Under {@code mvn verify} they replay their seed corpus (regression mode, in
 * src/test/resources/dev/textdig/fuzz/ArticleFuzzTestInputs); with {@code JAZZER_FUZZ=1} they fuzz
 * for as long as asked (docs/reliability.md says how).
 */
class ArticleFuzzTest {

    /** Any bytes: decoding, splitting and classifying never throw, and every paragraph's offsets point at its text. */
    @FuzzTest(maxDuration = "5m")
    void readerAndClassifier(byte[] bytes) {
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            return;
        }
        Article a = ArticleReader.fromText("f", decoded.text(), null);
        int[] cps = decoded.text().codePoints().toArray();
        int previousEnd = 0;
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(p.end());
            assertThat(p.end()).isLessThanOrEqualTo(cps.length);
            assertThat(p.kind()).isNotNull();
            assertThat(new String(cps, p.start(), p.end() - p.start()).replace('\n', ' ')).isEqualTo(p.text());
            previousEnd = p.end();
        }
    }

    /**
     * Any text: quotations lie inside their paragraph and point at their words; a speaker, when one
     * is named, is a name on one line, and so are the mention and the cue.
     */
    @FuzzTest(maxDuration = "5m")
    void quotationsAndSpeakers(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Article a = ArticleReader.fromText("q", text, null);
        int[] cps = text.codePoints().toArray();
        for (Quote q : QuoteExtractor.extract(a)) {
            assertThat(q.start()).isGreaterThanOrEqualTo(q.paragraph().start()).isLessThan(q.end());
            assertThat(q.end()).isLessThanOrEqualTo(q.paragraph().end());
            assertThat(new String(cps, q.start(), q.end() - q.start()).replace('\n', ' ')).isEqualTo(q.text());
            for (String name : new String[] {q.speaker(), q.mention(), q.cue()}) {
                if (name != null) {
                    assertThat(name).isNotBlank().doesNotContain("\n").isEqualTo(name.strip());
                }
            }
        }
    }

    /**
     * Any claim against the quotations of any text: the score lies in [0, 1] and agrees with the
     * verdict, the matched words stand in the closest quotation, only a changed quotation lists
     * differences, a misquote says first what changed, and a claim too short points at nothing.
     */
    @FuzzTest(maxDuration = "5m")
    void quotationVerification(FuzzedDataProvider data) {
        String claim = data.consumeString(300);
        String speaker = data.consumeBoolean() ? data.consumeString(20) : null;
        String text = data.consumeRemainingAsString();
        if (QuoteVerifier.claimWords(claim) == 0 || QuoteVerifier.claimWords(claim) > QuoteVerifier.MAX_CLAIM_WORDS
                || (speaker != null && speaker.isBlank())) {
            return; // the command line refuses these before verifying
        }
        List<Quote> quotes = QuoteExtractor.extract(ArticleReader.fromText("v", text, null));
        Verification v = QuoteVerifier.verify(claim, quotes, speaker);
        assertThat(v.score()).isBetween(0.0, 1.0);
        if (v.quote() == null) {
            assertThat(v.verdict()).isIn(Verification.Verdict.NOT_FOUND, Verification.Verdict.TOO_SHORT);
            assertThat(v.matched()).isNull();
            return;
        }
        assertThat(v.quote().text()).contains(v.matched());
        switch (v.verdict()) {
            case EXACT -> assertThat(v.score()).isEqualTo(1.0);
            case CLOSE -> assertThat(v.differences()).isNotEmpty();
            case MISQUOTE -> assertThat(v.differences().get(0)).matches("(negation|number|name) \\w+: .*|speaker: .*");
            case NOT_FOUND -> assertThat(v.differences()).isEmpty();
            case TOO_SHORT -> throw new AssertionError("a claim too short points at no quotation");
        }
        if (v.verdict().confirmed()) {
            assertThat(v.score()).isGreaterThanOrEqualTo(QuoteVerifier.CLOSE);
            assertThat(QuoteVerifier.contentWords(claim)).isGreaterThanOrEqualTo(QuoteVerifier.MIN_CONTENT_WORDS);
        }
    }
}
