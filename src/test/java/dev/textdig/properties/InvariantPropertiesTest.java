package dev.textdig.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Paragraph;
import dev.textdig.article.ParagraphSplitter;
import dev.textdig.cli.Main;
import dev.textdig.cli.Terminal;
import dev.textdig.index.ParagraphIndex;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchService;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
        return line.list().ofMaxSize(12).map(ls -> String.join(Arbitraries.of("\n", "\n\n", "\r\n", "\r").sample(), ls));
    }

    @Property(tries = 300)
    void paragraphOffsetsPointAtTheirText(@ForAll("articles") String raw) {
        Article a = ArticleReader.fromText("p", dev.textdig.article.TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text(), null);
        int[] cps = a.text().codePoints().toArray();
        for (Paragraph p : a.paragraphs()) {
            String slice = new String(cps, p.start(), p.end() - p.start()).replace('\n', ' ');
            assertThat(slice).isEqualTo(p.text());
        }
    }

    @Property(tries = 300)
    void splittingKeepsEveryVisibleCharacterOnce(@ForAll("articles") String raw) {
        String text = dev.textdig.article.TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text();
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
        Article a = ArticleReader.fromText("q", dev.textdig.article.TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8)).text(), null);
        int[] cps = a.text().codePoints().toArray();
        for (Quote q : QuoteExtractor.extract(a)) {
            assertThat(q.start()).isGreaterThanOrEqualTo(q.paragraph().start());
            assertThat(q.end()).isLessThanOrEqualTo(q.paragraph().end()).isGreaterThan(q.start());
            assertThat(new String(cps, q.start(), q.end() - q.start()).replace('\n', ' ')).isEqualTo(q.text());
        }
    }

    @Property(tries = 100)
    void aRareWordOfAParagraphFindsIt(@ForAll("articles") String raw, @ForAll("rareWords") String rare) {
        String text = "Some headline for the test\n\n" + raw + "\n\nThe mayor said the " + rare + " plan would go ahead next spring after all.\n";
        Article a = ArticleReader.fromText("r", text, null);
        try (ParagraphIndex index = ParagraphIndex.build(List.of(a))) {
            var hits = new SearchService(index).search(new SearchRequest(rare, true, Set.of(), true, 5)).hits();
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).paragraph().text()).contains(rare);
        }
    }

    @Provide
    Arbitrary<String> rareWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(6).ofMaxLength(10).map(s -> "zq" + s);
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(new StringWriter()), new Terminal(false, false, Map.of()), args);
        assertThat(status).isIn(0, 1);
        return out.toString(StandardCharsets.UTF_8);
    }
}
