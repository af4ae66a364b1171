package dev.textdig.index;

import dev.textdig.corpus.Corpus;
import java.util.List;

/**
 * Where a run's articles come from: files read for this run ({@link #inMemory}), or an index on
 * disk that read them earlier ({@link DiskStore}). Commands ask it for the articles and for an
 * index to search, and never need to know which it is.
 */
public interface ArticleStore extends AutoCloseable {

    /** Articles read in this run, indexed in memory when a search needs it. */
    static ArticleStore inMemory(Corpus corpus) {
        return new MemoryStore(corpus);
    }

    /** The articles, their languages and their quotations. */
    Corpus corpus();

    /**
     * An index that answers these searches (in memory: built for them, with quotations only if
     * one asks); closed by the caller.
     */
    ArticleIndex forSearch(List<SearchRequest> requests);

    /** An index that answers queries over the quotations' words. */
    ArticleIndex forQuotations();

    @Override
    void close();
}
