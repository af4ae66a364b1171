package dev.textdig.index;

import dev.textdig.quote.Quote;
import java.util.List;

/** Selects a run's quotations; a query over their words is answered by an index. */
public final class QuoteService {
    private QuoteService() {
    }

    public static List<Quote> select(ArticleStore store, QuotationFilter filter) {
        if (filter.query() == null) {
            return store.corpus().quotations().stream().filter(filter::keepsByLengthAndSpeaker).toList();
        }
        try (ArticleIndex index = store.forQuotations()) {
            return index.quotations(filter);
        }
    }
}
