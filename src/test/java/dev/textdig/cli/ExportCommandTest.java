package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.output.JsonTree;
import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textdig export}: every paragraph and quotation, in OpenSearch's bulk format and Solr's JSON, with stable ids. */
class ExportCommandTest {
    @TempDir
    Path tmp;
    private Path news;

    @BeforeEach
    void copyArticles() throws IOException {
        news = tmp.resolve("news");
        Files.createDirectories(news);
        Files.copy(Fixtures.SAMPLE, news.resolve("macron.txt"));
        Files.copy(Fixtures.path("strike-fr.txt"), news.resolve("strike-fr.txt"));
    }

    private static List<Map<String, Object>> solrDocs(String json) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object o : JsonTree.list(JsonTree.parse(json))) {
            docs.add(JsonTree.object(o));
        }
        return docs;
    }

    @Test
    void solrJsonHoldsEveryParagraphAndQuotationWithTheLocalFields() throws IOException {
        Run run = Cli.run("export", "--format", "solr-json", news.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        List<Map<String, Object>> docs = solrDocs(run.out());
        long paragraphs = docs.stream().filter(d -> d.get("doc").equals("paragraph")).count();
        long quotations = docs.stream().filter(d -> d.get("doc").equals("quotation")).count();
        Run all = Cli.run("paragraphs", "-a", "--format", "jsonl", news.toString());
        Run quotes = Cli.run("quotes", "--format", "jsonl", news.toString());
        assertThat(paragraphs).isEqualTo(all.lines().length);
        assertThat(quotations).isEqualTo(quotes.lines().length).isPositive();
        Set<String> ids = new HashSet<>();
        docs.forEach(d -> ids.add((String) d.get("id")));
        assertThat(ids).hasSize(docs.size());
        Map<String, Object> french = docs.stream().filter(d -> "fr".equals(d.get("language"))).findFirst().orElseThrow();
        assertThat(french).containsKeys("text_fr", "file", "paragraph", "line", "kind", "article", "source_path").doesNotContainKey("text_en");
        Map<String, Object> title = docs.stream().filter(d -> "title".equals(d.get("kind")) && d.containsKey("speaker")).findFirst().orElseThrow();
        assertThat(JsonTree.list(title.get("speaker"))).contains("Emmanuel Macron");
        assertThat(JsonTree.list(title.get("quote_en"))).isNotEmpty();
        Map<String, Object> quotation = docs.stream().filter(d -> d.get("doc").equals("quotation")).findFirst().orElseThrow();
        assertThat(quotation).containsKeys("quotation_text_en", "quotation_speaker", "quotation_language", "quotation", "paragraph");
    }

    @Test
    void idsAreThePathAndContentHashThenTheNumberAndStayTheSameUntilTheFileChanges() throws IOException {
        List<Map<String, Object>> first = solrDocs(Cli.run("export", "--format", "solr-json", news.toString()).out());
        List<Map<String, Object>> again = solrDocs(Cli.run("export", "--format", "solr-json", "-j", "1", news.toString()).out());
        assertThat(again).isEqualTo(first);
        String id = (String) first.getFirst().get("id");
        assertThat(id).startsWith(news.resolve("macron.txt").toAbsolutePath() + "#").endsWith("/p1");
        Files.writeString(news.resolve("macron.txt"), "\nOne more line.\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String changed = (String) solrDocs(Cli.run("export", "--format", "solr-json", news.toString()).out()).getFirst().get("id");
        assertThat(changed).endsWith("/p1").isNotEqualTo(id);
    }

    @Test
    void openSearchBulkIsAnActionLineBeforeEachDocumentWithAMappingBeside() throws IOException {
        Path out = tmp.resolve("out");
        Run run = Cli.run("export", "--format", "opensearch-bulk", "-o", out.toString(), news.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("2 articles exported: ").contains("bulk.ndjson", "mapping.json");
        List<String> lines = Files.readAllLines(out.resolve("bulk.ndjson"));
        assertThat(lines.size() % 2).isZero();
        for (int i = 0; i < lines.size(); i += 2) {
            Map<String, Object> action = JsonTree.object(JsonTree.at(JsonTree.parse(lines.get(i)), "index"));
            Map<String, Object> doc = JsonTree.object(JsonTree.parse(lines.get(i + 1)));
            assertThat(action.get("_id")).isEqualTo(doc.get("id"));
        }
        Object mapping = JsonTree.parse(Files.readString(out.resolve("mapping.json")));
        assertThat(JsonTree.at(mapping, "mappings", "properties", "text_en", "analyzer")).isEqualTo("english");
        assertThat(JsonTree.at(mapping, "mappings", "properties", "text_fr", "analyzer")).isEqualTo("french");
        // every field a document has is in the mapping (it is strict)
        Set<String> mapped = JsonTree.object(JsonTree.at(mapping, "mappings", "properties")).keySet();
        for (int i = 1; i < lines.size(); i += 2) {
            assertThat(mapped).containsAll(JsonTree.object(JsonTree.parse(lines.get(i))).keySet());
        }
        assertThat(Cli.run("export", "--format", "solr-json", news.toString()).out())
                .isEqualTo("[\n" + String.join(",\n", Files.readAllLines(out.resolve("bulk.ndjson")).stream()
                        .filter(l -> !l.startsWith("{\"index\"")).toList()) + "\n]\n");
    }

    @Test
    void formatsBelongToTheirCommands() {
        Run noFormat = Cli.run("export", news.toString());
        assertThat(noFormat.status()).isEqualTo(2);
        assertThat(noFormat.err()).isEqualTo("textdig: invalid value for option '--format': export writes opensearch-bulk or solr-json, "
                + "not text (see 'textdig export --help')\n");
        Run search = Cli.run("search", "--format", "solr-json", "Macron", news.toString());
        assertThat(search.status()).isEqualTo(2);
        assertThat(search.err()).startsWith("textdig: --format solr-json is for 'textdig export'");
        Run missing = Cli.run("export", "--format", "solr-json", tmp.resolve("nothing").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("textdig: ").doesNotContain("Exception");
    }
}
