package dev.textdig.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Stored articles are decoded only when an article itself is asked for, never for its file name. */
class StoredArticlesTest {
    private static final Article ARTICLE = ArticleReader.fromText("macron.txt", Fixtures.text(Fixtures.SAMPLE), null);

    /** A store of three copies of one article under three names, counting what it decodes. */
    private static final class Counting extends StoredArticles {
        final List<Integer> loaded = new ArrayList<>();

        Counting() {
            super(16);
        }

        @Override
        public int size() {
            return 3;
        }

        @Override
        public String file(int position) {
            return "article-" + position + ".txt";
        }

        @Override
        protected ArticleCodec.Stored load(int position, BiConsumer<Integer, ArticleCodec.Stored> alsoLoaded) {
            loaded.add(position);
            return ArticleCodec.decode(ArticleCodec.encode(ARTICLE, List.of()));
        }
    }

    @Test
    void fileNamesComeWithoutDecodingTheArticles() {
        Counting store = new Counting();
        assertThat(List.of(StoredArticles.fileOf(store, 0), StoredArticles.fileOf(store, 2)))
                .containsExactly("article-0.txt", "article-2.txt");
        assertThat(store.loaded).isEmpty();
        assertThat(store.get(1).file()).isEqualTo("macron.txt");
        assertThat(store.loaded).containsExactly(1);
    }

    @Test
    void articlesReadInTheRunGiveTheirOwnNames() {
        assertThat(StoredArticles.fileOf(List.of(ARTICLE), 0)).isEqualTo("macron.txt");
    }
}
