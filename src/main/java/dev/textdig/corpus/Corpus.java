package dev.textdig.corpus;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The articles of one run: each with the language it was given when read (decided once, at
 * reading), and their quotations, found once, on first use, each knowing its article. Every
 * command and index of the run works from this one object, whether the articles were read from
 * files or from an index on disk (which keeps the quotations it found when it read them).
 */
public final class Corpus {
    private final List<Article> articles;
    private final Set<Language> languages;
    /** The quotations of the article at a position, in the order of its text. */
    private final IntFunction<List<Quote>> quotationsOf;
    private List<Quote> quotations;
    private Set<Language> quotationLanguages;

    private Corpus(List<Article> articles, Set<Language> languages, IntFunction<List<Quote>> quotationsOf,
                   Set<Language> quotationLanguages) {
        this.articles = articles;
        this.languages = Collections.unmodifiableSet(languages);
        this.quotationsOf = quotationsOf;
        this.quotationLanguages = quotationLanguages;
    }

    /** Articles read in this run; their quotations are found when first asked for. */
    public static Corpus of(List<Article> articles) {
        List<Article> copy = List.copyOf(articles);
        Set<Language> present = EnumSet.noneOf(Language.class);
        copy.forEach(a -> present.add(a.language()));
        List<List<Quote>> found = new ArrayList<>(Collections.nCopies(copy.size(), null));
        return new Corpus(copy, present, i -> {
            if (found.get(i) == null) {
                found.set(i, QuoteExtractor.extract(copy.get(i)));
            }
            return found.get(i);
        }, null);
    }

    /**
     * Articles kept elsewhere (an index on disk), fetched when asked for.
     *
     * @param articles     the articles, in order (may fetch on {@code get})
     * @param languages    their languages, known without fetching them
     * @param quotationsOf the quotations found when the article at a position was read
     * @param quotationLanguages the languages of the articles that hold quotations
     */
    public static Corpus stored(List<Article> articles, Set<Language> languages, IntFunction<List<Quote>> quotationsOf,
                                Set<Language> quotationLanguages) {
        Set<Language> copy = EnumSet.noneOf(Language.class);
        copy.addAll(languages);
        Set<Language> quoted = EnumSet.noneOf(Language.class);
        quoted.addAll(quotationLanguages);
        return new Corpus(articles, copy, quotationsOf, Collections.unmodifiableSet(quoted));
    }

    /** The articles in the order they were given. */
    public List<Article> articles() {
        return articles;
    }

    /** The languages of the articles (empty when there are none). */
    public Set<Language> languages() {
        return languages;
    }

    /** The quotations of the article at this position of {@link #articles()}, in the order of its text. */
    public List<Quote> quotationsOf(int article) {
        return quotationsOf.apply(article);
    }

    /** Every quotation of every article, articles in order; gathered on the first call only. */
    public List<Quote> quotations() {
        if (quotations == null) {
            List<Quote> all = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                all.addAll(quotationsOf(a));
            }
            quotations = Collections.unmodifiableList(all);
        }
        return quotations;
    }

    /** The languages of the articles that hold quotations. */
    public Set<Language> quotationLanguages() {
        if (quotationLanguages == null) {
            Set<Language> present = EnumSet.noneOf(Language.class);
            quotations().forEach(q -> present.add(q.article().language()));
            quotationLanguages = Collections.unmodifiableSet(present);
        }
        return quotationLanguages;
    }
}
