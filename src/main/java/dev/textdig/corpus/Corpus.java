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

/**
 * The articles of one run: each with the language it was given when read (decided once, at
 * reading), and their quotations, extracted once, on first use, each knowing its article. Every
 * command and index of the run works from this one object.
 */
public final class Corpus {
    private final List<Article> articles;
    private final Set<Language> languages;
    private List<Quote> quotations;

    private Corpus(List<Article> articles) {
        this.articles = List.copyOf(articles);
        Set<Language> present = EnumSet.noneOf(Language.class);
        articles.forEach(a -> present.add(a.language()));
        this.languages = Collections.unmodifiableSet(present);
    }

    public static Corpus of(List<Article> articles) {
        return new Corpus(articles);
    }

    /** The articles in the order they were given. */
    public List<Article> articles() {
        return articles;
    }

    /** The languages of the articles (empty when there are none). */
    public Set<Language> languages() {
        return languages;
    }

    /** Every quotation of every article, articles in order; found on the first call only. */
    public List<Quote> quotations() {
        if (quotations == null) {
            List<Quote> all = new ArrayList<>();
            for (Article a : articles) {
                all.addAll(QuoteExtractor.extract(a));
            }
            quotations = Collections.unmodifiableList(all);
        }
        return quotations;
    }

    /** The languages of the articles that hold quotations. */
    public Set<Language> quotationLanguages() {
        Set<Language> present = EnumSet.noneOf(Language.class);
        quotations().forEach(q -> present.add(q.article().language()));
        return present;
    }
}
