package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import dev.textdig.quote.AttributionFixtures.Expected;
import dev.textdig.quote.AttributionFixtures.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Speaker attribution on the team's own passages (see {@link AttributionFixtures}): each passage is
 * one test, named by its id and phenomenon. The quotations found must be exactly the expected ones,
 * in order (each matched by the first words it starts with), each with the expected speaker.
 */
class AttributionFixturesTest {

    @TestFactory
    Stream<DynamicTest> english() {
        return tests(AttributionFixtures.EN, Language.EN);
    }

    @TestFactory
    Stream<DynamicTest> french() {
        return tests(AttributionFixtures.FR, Language.FR);
    }

    private static Stream<DynamicTest> tests(String file, Language language) {
        return AttributionFixtures.load(file, language).stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
    }

    private static void check(Passage p) {
        List<Quote> found = QuoteExtractor.extract(ArticleReader.fromText(p.id(), p.text(), p.language()));
        List<String> expected = p.expected().stream().map(Expected::line).toList();
        List<String> actual = describe(found, p.expected());
        assertThat(actual)
                .as("%s %s\nfound:\n%s", p.file(), p, found.stream()
                        .map(q -> "  «" + q.text() + "» speaker=" + q.speaker() + " mention=" + q.mention() + " cue=" + q.cue())
                        .collect(Collectors.joining("\n")))
                .containsExactlyElementsOf(expected);
    }

    /**
     * The quotations found, written as expected lines: a quotation that starts with an expected
     * prefix not yet used (the next in order first) is written with that prefix; any other with its
     * own first words, so that it shows up as unexpected.
     */
    static List<String> describe(List<Quote> found, List<Expected> expected) {
        boolean[] used = new boolean[expected.size()];
        int next = 0;
        List<String> lines = new ArrayList<>(found.size());
        for (Quote q : found) {
            String text = AttributionFixtures.normalize(q.text());
            int match = -1;
            for (int k = next; k < expected.size() && match < 0; k++) {
                if (!used[k] && text.startsWith(AttributionFixtures.normalize(expected.get(k).prefix()))) {
                    match = k;
                }
            }
            for (int k = 0; k < next && match < 0; k++) {
                if (!used[k] && text.startsWith(AttributionFixtures.normalize(expected.get(k).prefix()))) {
                    match = k;
                }
            }
            String label;
            if (match >= 0) {
                used[match] = true;
                next = match + 1;
                label = expected.get(match).prefix();
            } else {
                String[] words = text.split(" ");
                label = "[unexpected] " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
            }
            lines.add(new Expected(label, q.speaker()).line());
        }
        return lines;
    }
}
