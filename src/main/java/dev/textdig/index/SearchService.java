package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.corpus.StoredArticles;
import java.util.ArrayList;
import java.util.List;

/** Answers a search from an {@link ArticleIndex}: hits, counts per file, files with matches. */
public final class SearchService {
    private final ArticleIndex index;

    public SearchService(ArticleIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    /** The file name of every article with at least one match, in the order the files were given. */
    public List<String> filesWithMatches(SearchRequest request) {
        List<String> out = new ArrayList<>();
        List<Article> articles = index.articles();
        long[] counts = countPerArticle(request);
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0) {
                out.add(StoredArticles.fileOf(articles, a));
            }
        }
        return out;
    }

    /** The number of matching paragraphs of each article, indexed as {@link ArticleIndex#articles()}. */
    public long[] countPerArticle(SearchRequest request) {
        return index.countPerArticle(request);
    }

    /** Each article with its number of matching paragraphs, in the order the files were given. */
    public List<FileCount> countPerFile(SearchRequest request) {
        long[] counts = countPerArticle(request);
        List<Article> articles = index.articles();
        List<FileCount> out = new ArrayList<>(counts.length);
        for (int a = 0; a < counts.length; a++) {
            out.add(new FileCount(StoredArticles.fileOf(articles, a), counts[a]));
        }
        return out;
    }

    /** How many paragraphs of page furniture match (see {@link ArticleIndex#furnitureMatches}). */
    public long furnitureMatches(SearchRequest request) {
        return index.furnitureMatches(request);
    }

    /** Whether the query has no words to look for (stopwords only; see {@link ArticleIndex#wordless}). */
    public boolean wordless(SearchRequest request) {
        return index.wordless(request);
    }
}
