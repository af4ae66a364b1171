package dev.textdig.properties;

import dev.textdig.article.KindSelection;
import dev.textdig.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Paragraph;
import dev.textdig.article.ParagraphSplitter;
import dev.textdig.article.TextDecoder;
import dev.textdig.index.Analyzers;
import dev.textdig.index.Fields;
import dev.textdig.index.Hit;
import dev.textdig.index.ParagraphIndex;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchService;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for any text, checked on generated articles with marks, controls, emoji and odd spacing. */
class InvariantPropertiesTest {

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                Arbitraries.of("Macron", "said", "the", "“", "”", "\"", "«", "»", "‘", "’", "’s", "d’Orsay", "🎉", "é",
                        "e\u0301", "שלום", "\u001b[31m", "\t", "-", "—", ".", ",", ":", "...", "\u00a0", "he", "told", "according to"));
        Arbitrary<String> line = word.list().ofMaxSize(25).map(ws -> String.join(" ", ws));
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\n\n", "\r\n", "\r");
        return Combinators.combine(line.list().ofMaxSize(12), lineEnd).as((ls, end) -> String.join(end, ls));
    }

    @Property(tries = 300)
    void paragraphOffsetsPointAtTheirText(@ForAll("articles") String raw) {
        String text = TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text();
        Article a = ArticleReader.fromText("p", text, null);
        int[] cps = text.codePoints().toArray();
        for (Paragraph p : a.paragraphs()) {
            String slice = new String(cps, p.start(), p.end() - p.start()).replace('\n', ' ');
            assertThat(slice).isEqualTo(p.text());
        }
    }

    @Property(tries = 300)
    void splittingKeepsEveryVisibleCharacterOnce(@ForAll("articles") String raw) {
        String text = TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text();
        StringBuilder joined = new StringBuilder();
        for (Paragraph p : ParagraphSplitter.split(text)) {
            joined.append(p.text());
        }
        assertThat(visible(joined.toString())).isEqualTo(visible(text));
    }

    private static String visible(String s) {
        return s.replaceAll("[\\s\\u00a0\\u200b\\ufeff]", "");
    }

    @Property(tries = 300)
    void everyQuotationLiesInsideItsParagraphAndPointsAtItsText(@ForAll("articles") String raw) {
        String text = TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text();
        Article a = ArticleReader.fromText("q", text, null);
        int[] cps = text.codePoints().toArray();
        for (Quote q : QuoteExtractor.extract(a)) {
            assertThat(q.start()).isGreaterThanOrEqualTo(q.paragraph().start());
            assertThat(q.end()).isLessThanOrEqualTo(q.paragraph().end()).isGreaterThan(q.start());
            assertThat(new String(cps, q.start(), q.end() - q.start()).replace('\n', ' ')).isEqualTo(q.text());
        }
    }

    /**
     * Any word that occurs in one paragraph only (as the index analyses it) finds exactly that
     * paragraph, typed as it stands in the text.
     */
    @Property(tries = 200)
    void aWordOfOneParagraphOnlyFindsThatParagraph(@ForAll("articles") String raw) {
        Article a = ArticleReader.fromText("r", TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text(), null);
        Map<String, Set<Integer>> paragraphsOfTerm = new HashMap<>();
        Map<String, String> surfaceOfTerm = new HashMap<>();
        try (Analyzer analyzer = Analyzers.text(a.language())) {
            for (Paragraph p : a.paragraphs()) {
                for (String[] token : tokens(analyzer, p.text())) {
                    paragraphsOfTerm.computeIfAbsent(token[0], t -> new HashSet<>()).add(p.number());
                    surfaceOfTerm.putIfAbsent(token[0], token[1]);
                }
            }
        }
        try (ParagraphIndex index = ParagraphIndex.build(List.of(a))) {
            SearchService service = new SearchService(index);
            paragraphsOfTerm.forEach((term, numbers) -> {
                if (numbers.size() == 1) {
                    List<Hit> hits = service.search(new SearchRequest(surfaceOfTerm.get(term), true, KindSelection.EVERYTHING, 10)).hits();
                    assertThat(hits).as("search for %s", surfaceOfTerm.get(term)).hasSize(1);
                    assertThat(hits.get(0).paragraph().number()).isEqualTo(numbers.iterator().next());
                }
            });
        }
    }

    /** Each token of the text: its analysed term and the text it came from. */
    private static List<String[]> tokens(Analyzer analyzer, String text) {
        List<String[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new String[] {term.toString(), text.substring(offset.startOffset(), offset.endOffset())});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Property(tries = 60)
    void jsonAlwaysParsesAndTsvKeepsItsColumns(@ForAll("articles") String raw) throws Exception {
        for (String command : new String[] {"paragraphs", "quotes", "keywords"}) {
            String jsonl = run(raw, command, "--format", "jsonl");
            JsonFactory f = new JsonFactory();
            for (String line : jsonl.split("\n")) {
                if (!line.isEmpty()) {
                    try (JsonParser p = f.createParser(line)) {
                        while (p.nextToken() != null) {
                            // reading every token is the check
                        }
                    }
                }
            }
            String tsv = run(raw, command, "--format", "tsv");
            String[] lines = tsv.split("\n");
            if (lines.length > 0 && !lines[0].isEmpty()) {
                int columns = lines[0].split("\t", -1).length;
                for (String line : lines) {
                    assertThat(line.split("\t", -1)).hasSize(columns);
                    assertThat(line).doesNotContain("\u001b", "\r");
                }
            }
        }
    }

    private static String run(String stdin, String... args) {
        Cli.Run run = Cli.withStdin(stdin, args);
        assertThat(run.status()).as(run.toString()).isIn(0, 1);
        return run.out();
    }
}
