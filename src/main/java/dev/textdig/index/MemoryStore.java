package dev.textdig.index;

import dev.textdig.corpus.Corpus;
import java.util.List;

/** Articles read in this run: each index is built in memory when asked for, and dropped with it. */
final class MemoryStore implements ArticleStore {
    private final Corpus corpus;

    MemoryStore(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Corpus corpus() {
        return corpus;
    }

    @Override
    public ArticleIndex forSearch(List<SearchRequest> requests) {
        return ParagraphIndex.forSearch(corpus, requests);
    }

    @Override
    public ArticleIndex forQuotations() {
        return ParagraphIndex.build(corpus, true);
    }

    @Override
    public void close() {
        // nothing held: each index is closed by whoever asked for it
    }
}
