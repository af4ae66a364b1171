package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import org.junit.jupiter.api.Test;

/** What the article's own text shows to be a person, a body or neither. */
class EntitiesTest {
    private static Entities of(String text) {
        Article article = ArticleReader.fromText("t.txt", text, Language.EN);
        return new Entities(article.content(), false);
    }

    @Test
    void aPlaceAfterAPrepositionAndAModifierIsNoPerson() {
        Entities e = of("A farm upstate\n\nMy father bought land in upstate Port Kessaly with his friends. Later he moved to northern Lake Odrin.\n");
        assertThat(e.isPerson("Port Kessaly")).isFalse();
        assertThat(e.isPerson("Lake Odrin")).isFalse();
    }

    @Test
    void aNameAfterAnArticleIsNoPersonUnlessItOpensWithAGivenName() {
        Entities e = of("Prosecutor remembers\n\nShe worked for the Southern District of Avalon before the Helen Marsh years.\n");
        assertThat(e.isPerson("Southern District")).isFalse();
        assertThat(e.isPerson("Helen Marsh")).isTrue();
    }

    @Test
    void aGivenNameBeforeASurnameOutweighsThePronounsAfterIt() {
        Entities e = of("Feud\n\nThe senator attacked Alicia Moreno over his own record, and his staff repeated his claims about his rival.\n");
        assertThat(e.gender("Alicia Moreno")).isEqualTo('f');
    }
}
