package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopwordsTest {
    /** Short Indonesian words: function words and a few others, as a page in that language uses them. */
    private static final List<String> FREQUENT = List.of("yang", "dan", "di", "ke", "itu", "ini", "ada", "akan",
            "dari", "pada", "juga", "oleh", "bisa", "kita", "kami", "saya", "dia", "tak", "lagi", "baru", "saat",
            "para", "agar", "atau", "jadi", "bagi", "demi", "pun", "dulu", "sama", "tiap", "mana", "apa", "maka",
            "jika", "bila", "usai", "tiba", "kota", "desa");
    private static final List<String> LESS_FREQUENT = List.of("kini", "pula", "kala", "nya", "pak", "bu", "sini",
            "sana", "tadi", "lalu", "tapi");

    @Test
    void aPageInAnotherLanguageCountsMoreThanFortyOfItsRecurringShortWords() {
        // A language has more than forty function words: those that come back three times or
        // more on the page count, not only its forty most frequent.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            words.addAll(FREQUENT);
        }
        for (int i = 0; i < 3; i++) {
            words.addAll(LESS_FREQUENT);
        }
        String text = String.join(" ", words);
        var own = Stopwords.ownFunctionWords(ParagraphSplitter.split(text));
        assertThat(own).contains("yang", "desa", "kini", "pula", "tapi");
    }
}
