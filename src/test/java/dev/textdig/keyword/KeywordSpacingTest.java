package dev.textdig.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A phrase's surface form has each run of white space as one space, as the regular expression gave it. */
class KeywordSpacingTest {

    @Test
    void oneSpacedIsWhatReplaceAllGave() {
        for (String s : new String[] {"Emmanuel Macron", "Emmanuel  Macron", "Emmanuel\nMacron", "Emmanuel \t\r\n Macron",
            "a\u000Bb\fc", "non\u00A0breaking stays", "x", "", "trailing  "}) {
            assertThat(KeywordExtractor.oneSpaced(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
        String plain = "no run to replace";
        assertThat(KeywordExtractor.oneSpaced(plain)).isSameAs(plain); // nothing compiled, nothing copied
    }
}
