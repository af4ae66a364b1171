package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void tellsFrenchFromEnglish() {
        assertThat(LanguageDetector.detect(Fixtures.text(Fixtures.path("french-article.txt")))).isEqualTo(Language.FR);
        assertThat(LanguageDetector.detect(Fixtures.text(Fixtures.SAMPLE))).isEqualTo(Language.EN);
    }

    @Test
    void textWithoutFunctionWordsFallsBackToEnglish() {
        assertThat(LanguageDetector.detect("")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.detect("12 34 56")).isEqualTo(Language.EN);
    }
}
