package dev.textdig.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.textdig.article.ArticleReader;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Source;
import dev.textdig.article.Sources;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: its safety rules (one writer, one version) and what it keeps of each article. */
class DiskStoreTest {
    @TempDir
    Path tmp;
    private Path index;
    private List<Source> sources;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.copy(Fixtures.SAMPLE, news.resolve("macron.txt"));
        Files.copy(Fixtures.path("strike-fr.txt"), news.resolve("strike-fr.txt"));
        Files.write(news.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        sources = Sources.resolve(List.of(news.toString()), false);
        index = tmp.resolve("index");
    }

    private IndexUpdater.Summary update(boolean rebuild) {
        return new IndexUpdater(index, new ArticleReader(null, null, warnings::add), warnings::add, 2)
                .update(sources, rebuild, (done, total, bytes) -> { });
    }

    @Test
    void keepsEachArticleAsFoundWithItsQuotations() {
        IndexUpdater.Summary s = update(false);
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(warnings).anyMatch(w -> w.contains("binary.txt: binary file"));
        var fromFiles = dev.textdig.corpus.Corpus.of(new ArticleReader(null, null, w -> { }).readAll(sources, e -> {
            throw e;
        }));
        try (DiskStore store = DiskStore.open(index)) {
            assertThat(store.corpus().articles()).isEqualTo(fromFiles.articles());
            assertThat(store.corpus().quotations()).isEqualTo(fromFiles.quotations());
            assertThat(store.corpus().languages()).isEqualTo(fromFiles.languages());
            assertThat(store.corpus().quotationLanguages()).isEqualTo(fromFiles.quotationLanguages());
        }
    }

    @Test
    void countsAndFilesWithMatchesNameTheArticlesFiles() {
        update(false);
        try (DiskStore store = DiskStore.open(index)) {
            SearchService service = new SearchService(store.forSearch(List.of()));
            SearchRequest fonderie = new SearchRequest("fonderie", false, KindSelection.CONTENT, 5);
            List<FileCount> counts = service.countPerFile(fonderie);
            String macron = tmp.resolve("news").resolve("macron.txt").toString();
            String strike = tmp.resolve("news").resolve("strike-fr.txt").toString();
            assertThat(counts).extracting(FileCount::file).containsExactly(macron, strike);
            assertThat(counts.get(0).count()).isZero();
            assertThat(counts.get(1).count()).isGreaterThan(1);
            assertThat(service.filesWithMatches(fonderie)).containsExactly(strike);
        }
    }

    @Test
    void aSecondWriterIsRefusedAndTheIndexStaysReadable() throws IOException {
        update(false);
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
            assertThat(holder.isOpen()).as("the other writer holds the lock").isTrue();
            assertThatThrownBy(() -> update(false)).isInstanceOf(IndexException.class)
                    .hasMessageContaining("another textdig is updating this index");
            try (DiskStore store = DiskStore.open(index)) {
                assertThat(store.forSearch(List.of()).search(new SearchRequest("Macron", false, KindSelection.CONTENT, 5)).hits())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void anIndexFromAnotherVersionIsRefusedUntilRebuilt() throws IOException {
        update(false);
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(IndexFormat.FORMAT_KEY, "0", IndexFormat.VERSION_KEY, "0.1").entrySet());
            writer.commit();
        }
        assertThatThrownBy(() -> DiskStore.open(index)).isInstanceOf(IndexException.class)
                .hasMessageContaining("made by textdig 0.1").hasMessageContaining("textdig index --rebuild");
        assertThatThrownBy(() -> update(false)).isInstanceOf(IndexException.class).hasMessageContaining("--rebuild");
        IndexUpdater.Summary rebuilt = update(true);
        assertThat(rebuilt.added()).isEqualTo(2);
        try (DiskStore store = DiskStore.open(index)) {
            assertThat(store.corpus().articles()).hasSize(2);
        }
    }
}
