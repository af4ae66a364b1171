package dev.textdig.index;

import dev.textdig.corpus.Corpus;
import dev.textdig.quote.Quote;
import java.util.List;

/** Selects a run's quotations; a query over their words is answered by the run's index. */
public final class QuoteService {
    private QuoteService() {
    }

    public static List<Quote> select(Corpus corpus, QuotationFilter filter) {
        if (filter.query() == null) {
            return corpus.quotations().stream().filter(filter::keepsByLengthAndSpeaker).toList();
        }
        try (ArticleIndex index = ParagraphIndex.build(corpus, true)) {
            return index.quotations(filter);
        }
    }
}
