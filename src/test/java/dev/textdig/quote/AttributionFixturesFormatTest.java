package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Language;
import dev.textdig.quote.AttributionFixtures.Expected;
import dev.textdig.quote.AttributionFixtures.Passage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attribution fixture files themselves are well formed, whatever the attribution does with them. */
class AttributionFixturesFormatTest {

    @ParameterizedTest
    @CsvSource({"attribution-en.txt, EN", "attribution-fr.txt, FR"})
    void everyPassageIsWellFormed(String file, Language language) {
        List<Passage> passages = AttributionFixtures.load(file, language);
        assertThat(passages).hasSizeGreaterThanOrEqualTo(45);
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates();
        Map<String, Long> perPhenomenon = passages.stream().collect(Collectors.groupingBy(Passage::group, Collectors.counting()));
        assertThat(perPhenomenon).allSatisfy((phenomenon, count) -> assertThat(count).as(phenomenon).isGreaterThanOrEqualTo(2));
        for (Passage p : passages) {
            assertThat(p.expected()).as(p.toString()).isNotEmpty();
            assertThat(p.text().split("\n\n")).as(p + ": a headline and 2 to 6 paragraphs").hasSizeBetween(3, 7);
            // Each expected quotation's first words occur in the passage, in the order listed.
            String text = AttributionFixtures.normalize(p.text());
            int from = 0;
            for (Expected e : p.expected()) {
                int at = text.indexOf(AttributionFixtures.normalize(e.prefix()), from);
                assertThat(at).as(p + ": '" + e.prefix() + "' after offset " + from).isGreaterThanOrEqualTo(0);
                from = at + 1;
            }
        }
    }
}
