package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
    @Test
    void blocksSeparatedByBlankLinesAreParagraphs() {
        List<Paragraph> ps = ParagraphSplitter.split("First one.\n\n  \nSecond one.\n");
        assertThat(ps).extracting(Paragraph::text).containsExactly("First one.", "Second one.");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 4);
        assertThat(ps).extracting(Paragraph::number).containsExactly(1, 2);
    }

    @Test
    void eachLineOfABlockOfShortLinesIsItsOwnParagraph() {
        List<Paragraph> ps = ParagraphSplitter.split("Author: A. Writer\nSource: The Paper\n");
        assertThat(ps).extracting(Paragraph::text).containsExactly("Author: A. Writer", "Source: The Paper");
    }

    @Test
    void fileWithNoBlankLinesGivesOneParagraphPerLine() {
        List<Paragraph> ps = ParagraphSplitter.split(Fixtures.text(Fixtures.path("one-per-line.txt")));
        assertThat(ps).hasSize(4);
        assertThat(ps.get(1).text()).startsWith("The new library opened").endsWith("in a statement.");
    }

    @Test
    void hardWrappedProseJoinsIntoOneParagraph() {
        List<Paragraph> ps = ParagraphSplitter.split(Fixtures.text(Fixtures.path("hard-wrapped.txt")));
        assertThat(ps).hasSize(3);
        assertThat(ps.get(1).text()).contains("Thursday night, hours").endsWith("drivers and guards.");
        assertThat(ps.get(2).text()).endsWith("before travelling.");
        assertThat(ps.get(2).line()).isEqualTo(7);
    }

    @Test
    void offsetsAreCodePointsAndTextKeepsItsLength() {
        String text = "🎉 Party time\n\nNext 😀 one\nafter";
        List<Paragraph> ps = ParagraphSplitter.split(text);
        for (Paragraph p : ps) {
            int[] cps = text.codePoints().toArray();
            String slice = new String(cps, p.start(), p.end() - p.start()).replace('\n', ' ');
            assertThat(slice).isEqualTo(p.text());
        }
        assertThat(ps.get(1).start()).isEqualTo(14);
    }

    @Test
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertThat(ParagraphSplitter.split("")).isEmpty();
        assertThat(ParagraphSplitter.split("\n \n\t\n")).isEmpty();
    }
}
