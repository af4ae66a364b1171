package dev.textdig.corpus;

import dev.textdig.article.Article;
import dev.textdig.quote.Quote;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The articles of a store that keeps each one encoded ({@link ArticleCodec}): decoded when first
 * asked for, and the last few thousand kept, so a search over a large archive decodes only the
 * articles it shows. Each store says how one is loaded (a stored field on disk, a block of
 * documents from a Solr collection).
 */
public abstract class StoredArticles extends AbstractList<Article> {
    private final Map<Integer, ArticleCodec.Stored> cache;

    protected StoredArticles(int cached) {
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ArticleCodec.Stored> eldest) {
                return size() > cached;
            }
        };
    }

    @Override
    public Article get(int position) {
        return fetch(position).article();
    }

    /** The file name of the article at {@code position}, known without decoding the article. */
    public abstract String file(int position);

    /**
     * The file name of the article at {@code position} of a run's articles: a stored article's
     * without decoding it (search -c and -l over an archive name every file, and decoding 100,000
     * articles for their names took 20 s).
     */
    public static String fileOf(List<Article> articles, int position) {
        return articles instanceof StoredArticles stored ? stored.file(position) : articles.get(position).file();
    }

    /** The quotations found in the article at {@code position} when it was indexed. */
    public List<Quote> quotationsOf(int position) {
        return fetch(position).quotations();
    }

    /** Whether the article at {@code position} is decoded already (a block load may skip it). */
    protected final synchronized boolean isCached(int position) {
        return cache.containsKey(position);
    }

    /**
     * Decodes the article at {@code position}; a store that loads a block at a time hands the others
     * it decoded to {@code alsoLoaded}, to be kept too.
     */
    protected abstract ArticleCodec.Stored load(int position, BiConsumer<Integer, ArticleCodec.Stored> alsoLoaded);

    private synchronized ArticleCodec.Stored fetch(int position) {
        ArticleCodec.Stored found = cache.get(position);
        if (found == null) {
            found = load(position, cache::put);
            cache.put(position, found);
        }
        return found;
    }
}
