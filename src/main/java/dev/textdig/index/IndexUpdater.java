package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.InputException;
import dev.textdig.article.Language;
import dev.textdig.article.LongPaths;
import dev.textdig.article.Source;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.quote.QuoteExtractor;
import dev.textdig.quote.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Builds and updates an index on disk: each file is read, split, classified and its quotations
 * found once, on every core, and its documents ({@link Documents}, plus one that keeps the article
 * as found) replace the file's old ones in one atomic step. A file whose size and modification
 * time are as recorded is not read again; one whose bytes hash the same has only its record
 * renewed; one that no longer exists is removed.
 *
 * <p>Safety rests on Lucene's commits, which are atomic: readers see the last commit, whatever
 * happens to this process (an interrupt, a kill, a full disk) before the next. A long build
 * commits every {@link #COMMIT_EVERY} files, so an interrupted one keeps its progress; a second
 * writer is refused by Lucene's write lock.
 */
public final class IndexUpdater {
    static final int COMMIT_EVERY = 2000;
    private static final int RAM_BUFFER_MB = 64;

    /** What an update did. */
    public record Summary(int added, int changed, int renewed, int removed, int unchanged, int skipped, int articles, long bytesRead) {
    }

    /** Told after each file: files done of all, and bytes read so far. */
    public interface Progress {
        void update(int done, int total, long bytesRead);
    }

    private record Recorded(int key, long size, long mtime, String hash) {
    }

    private final Path indexPath;
    private final ArticleReader reader;
    private final Consumer<String> warnings;
    private final int threads;

    /**
     * @param reader   reads each file (its language rule: detected, or forced by {@code --lang})
     * @param warnings one line per file that could not be read; the update goes on without it
     */
    public IndexUpdater(Path indexPath, ArticleReader reader, Consumer<String> warnings, int threads) {
        this.indexPath = indexPath;
        this.reader = reader;
        this.warnings = warnings;
        this.threads = Math.max(1, threads);
    }

    /**
     * Brings the index up to date with these files (created when there is none).
     *
     * @param rebuild start from an empty index (the old one stays readable until the first commit)
     */
    public Summary update(List<Source> sources, boolean rebuild, Progress progress) {
        for (Source s : sources) {
            if (s.path() == null) {
                throw new IndexException("an index is built from files and folders, not from stdin");
            }
        }
        Directory directory = openDirectory(rebuild);
        Analyzer analyzer = Analyzers.perField(EnumSet.allOf(Language.class));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (directory; analyzer; IndexWriter writer = openWriter(directory, config)) {
            Map<Path, Recorded> recorded = rebuild ? Map.of() : recorded(writer);
            Summary summary = apply(writer, sources, recorded, progress);
            commit(writer);
            return summary;
        } catch (IOException e) {
            throw new IndexException(indexPath + ": cannot write the index (" + e.getMessage()
                    + "); it keeps its last complete state");
        }
    }

    private Directory openDirectory(boolean rebuild) {
        try {
            if (Files.exists(indexPath) && !Files.isDirectory(indexPath)) {
                throw new IndexException(indexPath + ": not a folder; an index is a folder of its own");
            }
            Files.createDirectories(indexPath);
            Directory directory = FSDirectory.open(indexPath);
            if (DirectoryReader.indexExists(directory)) {
                if (!rebuild) {
                    try (DirectoryReader r = DirectoryReader.open(directory)) {
                        IndexFormat.check(r.getIndexCommit().getUserData(), indexPath, "rebuild it: textdig index --rebuild FOLDER... --index " + indexPath);
                    } catch (IndexException e) {
                        directory.close();
                        throw e;
                    }
                }
            } else if (directory.listAll().length > 0 && !onlyLock(directory.listAll())) {
                directory.close();
                throw new IndexException(indexPath + ": not empty and not a textdig index; give a new or empty folder");
            }
            return directory;
        } catch (IOException e) {
            throw new IndexException(indexPath + ": cannot open the index folder: " + e.getMessage());
        }
    }

    private static boolean onlyLock(String[] files) {
        return files.length == 1 && files[0].equals(IndexWriter.WRITE_LOCK_NAME);
    }

    private IndexWriter openWriter(Directory directory, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexException(indexPath + ": another textdig is updating this index; wait for it to finish");
        }
    }

    /** Path, number, size, time and hash of every article the index holds. */
    private static Map<Path, Recorded> recorded(IndexWriter writer) throws IOException {
        Map<Path, Recorded> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : r.leaves()) {
                SortedDocValues paths = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_PATH);
                NumericDocValues keys = DocValues.getNumeric(leaf.reader(), Fields.ARTICLE_KEY);
                NumericDocValues sizes = DocValues.getNumeric(leaf.reader(), Fields.ARTICLE_SIZE);
                NumericDocValues times = DocValues.getNumeric(leaf.reader(), Fields.ARTICLE_MTIME);
                BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Fields.ARTICLE_HASH);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = paths.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = paths.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    keys.advanceExact(doc);
                    sizes.advanceExact(doc);
                    times.advanceExact(doc);
                    hashes.advanceExact(doc);
                    out.put(Path.of(paths.lookupOrd(paths.ordValue()).utf8ToString()),
                            new Recorded((int) keys.longValue(), sizes.longValue(), times.longValue(), hashes.binaryValue().utf8ToString()));
                }
            }
        }
        return out;
    }

    private Summary apply(IndexWriter writer, List<Source> sources, Map<Path, Recorded> recorded, Progress progress)
            throws IOException {
        AtomicInteger nextKey = new AtomicInteger(recorded.values().stream().mapToInt(Recorded::key).max().orElse(-1) + 1);
        AtomicInteger added = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger renewed = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        Set<Path> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "textdig-index");
            t.setDaemon(true);
            return t;
        });
        // Files in flight are bounded, so memory is whatever the corpus's size.
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> pending = new ArrayList<>();
        // Commits run on a thread of their own while the workers go on adding files: a commit holds
        // every file whose documents were added before it, each file whole (updateDocuments is
        // atomic), so an interrupted build keeps what was committed and redoes the rest. Waiting
        // for every file in flight before committing, then flushing on one thread, left the
        // workers idle for 15% of a build.
        ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "textdig-commit");
            t.setDaemon(true);
            return t;
        });
        Future<?> committing = null;
        int submitted = 0;
        try {
            for (Source source : sources) {
                Path path = source.path().toAbsolutePath().normalize();
                if (!seen.add(path)) {
                    done.incrementAndGet();
                    continue;
                }
                Recorded before = recorded.get(path);
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        switch (index(writer, source, path, before, nextKey, bytes)) {
                            case ADDED -> added.incrementAndGet();
                            case CHANGED -> changed.incrementAndGet();
                            case RENEWED -> renewed.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                            case SKIPPED -> skipped.incrementAndGet();
                        }
                    } finally {
                        inFlight.release();
                        progress.update(done.incrementAndGet(), sources.size(), bytes.get());
                    }
                    return null;
                }));
                if (++submitted % COMMIT_EVERY == 0) {
                    awaitDone(pending);
                    // One commit at a time: while the last one still runs, the next boundary commits.
                    if (committing == null || committing.isDone()) {
                        if (committing != null) {
                            await(List.of(committing));
                        }
                        committing = committer.submit(() -> {
                            commit(writer);
                            return null;
                        });
                    }
                }
            }
            await(pending);
            if (committing != null) {
                await(List.of(committing));
            }
        } finally {
            pool.shutdownNow();
            committer.shutdownNow();
        }
        int removed = 0;
        for (Path path : recorded.keySet()) {
            if (!seen.contains(path) && !LongPaths.isRegularFile(path)) {
                writer.deleteDocuments(new Term(Fields.SOURCE_PATH, path.toString()));
                removed++;
            }
        }
        return new Summary(added.get(), changed.get(), renewed.get(), removed, unchanged.get(), skipped.get(), articles(writer),
                bytes.get());
    }

    private enum Outcome { ADDED, CHANGED, RENEWED, UNCHANGED, SKIPPED }

    private Outcome index(IndexWriter writer, Source source, Path path, Recorded before, AtomicInteger nextKey, AtomicLong bytesRead)
            throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = LongPaths.attributes(path); // below a folder past the path limit too
        } catch (IOException e) {
            warnings.accept(source.name() + ": cannot read: " + e.getMessage());
            return Outcome.SKIPPED;
        }
        long size = attributes.size();
        long mtime = attributes.lastModifiedTime().toMillis();
        if (before != null && before.size() == size && before.mtime() == mtime) {
            return Outcome.UNCHANGED;
        }
        byte[] bytes;
        try {
            bytes = source.readAll(null);
        } catch (InputException e) {
            warnings.accept(e.getMessage());
            return Outcome.SKIPPED;
        }
        bytesRead.addAndGet(bytes.length);
        String hash = sha256(bytes);
        Term term = new Term(Fields.SOURCE_PATH, path.toString());
        if (before != null && before.hash().equals(hash)) {
            // Touched, not changed: renew the record, keep the article.
            writer.updateDocValues(new Term(Fields.ARTICLE_PATH, path.toString()),
                    new NumericDocValuesField(Fields.ARTICLE_SIZE, size), new NumericDocValuesField(Fields.ARTICLE_MTIME, mtime));
            return Outcome.RENEWED;
        }
        Article article = reader.fromBytes(source.name(), bytes);
        if (article == null) {
            if (before != null) {
                writer.deleteDocuments(term);
            }
            return Outcome.SKIPPED;
        }
        List<Quote> quotations = QuoteExtractor.extract(article);
        int key = before != null ? before.key() : nextKey.getAndIncrement();
        List<Document> docs = new ArrayList<>(Documents.of(key, article, quotations, true, true));
        docs.add(articleDocument(key, path, article, quotations, size, mtime, hash));
        for (Document d : docs) {
            d.add(new StringField(Fields.SOURCE_PATH, path.toString(), Field.Store.NO));
        }
        writer.updateDocuments(term, docs);
        return before == null ? Outcome.ADDED : Outcome.CHANGED;
    }

    private static Document articleDocument(int key, Path path, Article article, List<Quote> quotations, long size, long mtime,
                                            String hash) {
        Document d = new Document();
        d.add(new StringField(Fields.DOC, Fields.ARTICLE_DOC, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_PATH, path.toString(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ARTICLE_PATH, new BytesRef(path.toString())));
        d.add(new NumericDocValuesField(Fields.ARTICLE_KEY, key));
        d.add(new SortedDocValuesField(Fields.ARTICLE_NAME, new BytesRef(article.file())));
        d.add(new SortedDocValuesField(Fields.ARTICLE_LANGUAGE, new BytesRef(article.language().name())));
        d.add(new NumericDocValuesField(Fields.ARTICLE_SIZE, size));
        d.add(new NumericDocValuesField(Fields.ARTICLE_MTIME, mtime));
        d.add(new BinaryDocValuesField(Fields.ARTICLE_HASH, new BytesRef(hash)));
        d.add(new StoredField(Fields.ARTICLE_BLOB, ArticleCodec.encode(article, quotations)));
        return d;
    }

    /** The articles the index holds once this update is committed. */
    private static int articles(IndexWriter writer) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(Fields.DOC, Fields.ARTICLE_DOC)));
        }
    }

    /** Takes the files done so far off the list, failing as {@link #await} does when one failed. */
    private static void awaitDone(List<Future<?>> pending) throws IOException {
        List<Future<?>> done = new ArrayList<>();
        pending.removeIf(f -> f.isDone() && done.add(f));
        await(done);
    }

    private static void await(List<Future<?>> pending) throws IOException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new UncheckedIOException(new IOException(cause));
            }
        }
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(IndexFormat.current().entrySet());
        writer.commit();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
