package dev.textdig.solr;

import dev.textdig.article.Source;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.export.AnalysedFile;
import dev.textdig.export.AnalysedFiles;
import dev.textdig.export.FlatDocument;
import dev.textdig.export.FlatDocuments;
import dev.textdig.index.Fields;
import dev.textdig.export.Futures;
import dev.textdig.index.IndexUpdater;
import dev.textdig.output.DocumentJson;
import dev.textdig.output.JsonTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings a collection up to date with files: every paragraph and quotation of each new or changed
 * file, and its article's own document (last, so that its presence says the article went in whole),
 * sent in batches while the next files are analysed; then the documents of changed files' old
 * versions, and of files that no longer exist, removed; then one commit.
 *
 * <p>Ids hold the file's path and content hash ({@link FlatDocuments}), so sending the same file
 * again replaces its documents: a run stopped half-way (a node down for good, Ctrl-C) is finished
 * by running it again, never duplicated. A file whose hash the collection records is not analysed
 * again.
 */
public final class SolrIndexer {
    /** Documents in one update request, and at most about this many bytes of JSON. */
    static final int BATCH_DOCUMENTS = 1000;
    static final int BATCH_BYTES = 4 << 20;
    private static final int PAGE = 1000;

    private final SolrCollection collection;
    private final AnalysedFiles files;
    private final int batchDocuments;

    public SolrIndexer(SolrCollection collection, AnalysedFiles files) {
        this(collection, files, BATCH_DOCUMENTS);
    }

    SolrIndexer(SolrCollection collection, AnalysedFiles files, int batchDocuments) {
        this.collection = collection;
        this.files = files;
        this.batchDocuments = batchDocuments;
    }

    public IndexUpdater.Summary update(List<Source> sources, IndexUpdater.Progress progress) {
        for (Source s : sources) {
            if (s.path() == null) {
                throw new SolrException("an index is built from files and folders, not from stdin");
            }
        }
        collection.requireExists();
        collection.connection().learnLiveNodes();
        Map<String, String> recorded = recorded();
        int[] counts = new int[3]; // added, changed, unchanged
        long[] bytes = {0};
        Set<String> current = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int[] done = {0};
        Batches batches = new Batches();
        int skipped;
        try {
            skipped = files.forEach(sources, (path, hash) -> !hash.equals(recorded.get(path)), file -> {
                bytes[0] += file.size();
                if (seen.add(file.path())) {
                    current.add(file.articleId());
                    String before = recorded.get(file.path());
                    if (file.article() == null) {
                        counts[2]++;
                    } else {
                        counts[before == null ? 0 : 1]++;
                        List<FlatDocument> docs = new ArrayList<>(file.documents());
                        docs.add(FlatDocuments.article(file.articleId(), file.path(), file.article(), file.sha256(),
                                ArticleCodec.encode(file.article(), file.quotations())));
                        batches.add(docs);
                    }
                }
                progress.update(++done[0], sources.size(), bytes[0]);
            });
            batches.flush();
            batches.await();
        } finally {
            batches.close();
        }
        int removed = sweep(current, seen, recorded);
        commit(removed > 0 || counts[1] > 0);
        long articles = count();
        return new IndexUpdater.Summary(counts[0], counts[1], 0, removed, counts[2], skipped, (int) articles, bytes[0]);
    }

    /** The path and content hash of every article the collection holds whole. */
    private Map<String, String> recorded() {
        Map<String, String> out = new HashMap<>();
        collection.forEachArticleDocument("id," + Fields.SOURCE_PATH + "," + Fields.ARTICLE_HASH, PAGE,
                doc -> out.put((String) doc.get(Fields.SOURCE_PATH), (String) doc.get(Fields.ARTICLE_HASH)));
        return out;
    }

    /**
     * Removes every document of an article version that is not current: an older version of a
     * file sent now, a file that no longer exists, and the remains of a run stopped half-way. The
     * versions present are read from the {@code article} field of every document, so remains
     * without their article document are found too. Returns how many files were removed.
     */
    private int sweptVersions;

    private int sweep(Set<String> current, Set<String> seen, Map<String, String> recorded) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "*:*");
        params.put("rows", "0");
        params.put("facet", "true");
        params.put("facet.field", Fields.ARTICLE);
        params.put("facet.limit", "-1");
        params.put("facet.mincount", "1");
        Object tree = collection.connection().get(collection.path("/select"), params);
        List<Object> facet = JsonTree.list(JsonTree.at(tree, "facet_counts", "facet_fields", Fields.ARTICLE));
        List<String> stale = new ArrayList<>();
        Set<String> removedPaths = new HashSet<>();
        for (int i = 0; i < facet.size(); i += 2) {
            String id = String.valueOf(facet.get(i));
            if (current.contains(id)) {
                continue;
            }
            int hash = id.lastIndexOf('#');
            String path = hash < 0 ? id : id.substring(0, hash);
            if (seen.contains(path)) {
                stale.add(id);
            } else if (!Files.isRegularFile(Path.of(path))) {
                stale.add(id);
                if (recorded.containsKey(path)) {
                    removedPaths.add(path);
                }
            }
        }
        sweptVersions = stale.size();
        for (int from = 0; from < stale.size(); from += 100) {
            StringBuilder q = new StringBuilder(Fields.ARTICLE + ":(");
            for (int i = from; i < Math.min(stale.size(), from + 100); i++) {
                q.append(i > from ? " OR " : "").append('"').append(stale.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            q.append(')');
            String body = "{\"delete\":" + DocumentJson.of(Map.of("query", q.toString())) + "}";
            collection.connection().post(collection.path("/update"), Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
        return removedPaths.size();
    }

    /**
     * Makes the run visible. When documents were replaced or deleted, their segments are merged
     * away ({@code expungeDeletes}): a deleted document still counts in BM25's statistics until
     * then, and scores would drift from the local index's.
     */
    private void commit(boolean replacedOrRemoved) {
        boolean expunge = replacedOrRemoved || sweptVersions > 0;
        collection.connection().post(collection.path("/update"), Map.of("commit", "true", "waitSearcher", "true",
                        "expungeDeletes", Boolean.toString(expunge)), "application/json",
                "[]".getBytes(StandardCharsets.UTF_8));
    }

    private long count() {
        Object tree = collection.connection().get(collection.path("/select"),
                Map.of("q", Fields.DOC + ":" + Fields.ARTICLE_DOC, "rows", "0"));
        Object n = JsonTree.at(tree, "response", "numFound");
        return n instanceof Number num ? num.longValue() : 0;
    }

    /**
     * Documents gathered into update requests, each sent on a thread of its own while the next is
     * gathered: one request in flight at a time, so a failure stops the run at the next batch.
     */
    private final class Batches implements AutoCloseable {
        private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "textdig-solr-send");
            t.setDaemon(true);
            return t;
        });
        private StringBuilder json = new StringBuilder("[");
        private int documents;
        private Future<?> inFlight;

        void add(List<FlatDocument> articleDocuments) {
            for (FlatDocument d : articleDocuments) {
                json.append(documents == 0 ? "\n" : ",\n").append(DocumentJson.of(d));
                documents++;
            }
            // an article's documents always go in one request
            if (documents >= batchDocuments || json.length() >= BATCH_BYTES) {
                flush();
            }
        }

        void flush() {
            if (documents == 0) {
                return;
            }
            byte[] body = json.append("\n]").toString().getBytes(StandardCharsets.UTF_8);
            json = new StringBuilder("[");
            documents = 0;
            await();
            inFlight = sender.submit(() -> collection.connection().post(collection.path("/update"), Map.of(), "application/json", body));
        }

        void await() {
            if (inFlight == null) {
                return;
            }
            try {
                Futures.result(inFlight, SolrException::new);
            } finally {
                inFlight = null;
            }
        }

        @Override
        public void close() {
            sender.shutdownNow();
        }
    }
}
