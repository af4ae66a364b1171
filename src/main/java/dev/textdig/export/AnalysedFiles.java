package dev.textdig.export;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.InputException;
import dev.textdig.article.Source;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Reads and analyses files on several threads and hands them on one at a time, in the order given
 * (so output is the same whatever the threads), with at most a few files in memory at once.
 */
public record AnalysedFiles(ArticleReader reader, InputStream stdin, Consumer<String> warnings, int threads) {
    /** @param warnings one line per file that cannot be read; the others go on */
    public AnalysedFiles {
        threads = Math.max(1, threads);
    }

    /**
     * Gives {@code out} each readable file, in order.
     *
     * @param analyse whether a file (its path and hash) needs analysing; when not, it is handed on
     *                with no article
     * @return how many files could not be read (each named through the warnings)
     */
    public int forEach(List<Source> sources, BiPredicate<String, String> analyse, Consumer<AnalysedFile> out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "textdig-analyse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<AnalysedFile>> window = new ArrayDeque<>();
        int skipped = 0;
        try {
            for (Source source : sources) {
                window.add(pool.submit(() -> analyse(source, analyse)));
                if (window.size() >= threads * 2) {
                    skipped += handOn(window.poll(), out);
                }
            }
            while (!window.isEmpty()) {
                skipped += handOn(window.poll(), out);
            }
        } finally {
            pool.shutdownNow();
        }
        return skipped;
    }

    private int handOn(Future<AnalysedFile> next, Consumer<AnalysedFile> out) {
        AnalysedFile file;
        file = Futures.result(next, InputException::new);
        if (file == null) {
            return 1;
        }
        out.accept(file);
        return 0;
    }

    private AnalysedFile analyse(Source source, BiPredicate<String, String> analyse) {
        byte[] bytes;
        try {
            bytes = source.readAll(stdin);
        } catch (InputException e) {
            warnings.accept(e.getMessage());
            return null;
        }
        String path = source.path() == null ? Source.STDIN : source.path().toAbsolutePath().normalize().toString();
        String hash = sha256(bytes);
        if (!analyse.test(path, hash)) {
            return new AnalysedFile(source.name(), path, bytes.length, hash, null, List.of());
        }
        Article article = reader.fromBytes(source.name(), bytes);
        if (article == null) {
            return null;
        }
        List<Quote> quotations = QuoteExtractor.extract(article);
        return new AnalysedFile(source.name(), path, bytes.length, hash, article, quotations);
    }

    /** The hex SHA-256 of the bytes: the content part of an article's id. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java runtime", e);
        }
    }
}
