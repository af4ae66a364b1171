package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static List<String> quotes(String... paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i + 1, i * 2 + 1, at, at + paragraphs[i].length(), paragraphs[i], Kind.BODY));
            at += paragraphs[i].length() + 2;
        }
        return QuoteFinder.find(ps).stream().map(QuoteSpan::text).toList();
    }

    @Test
    void curlyQuotesGiveOneResultPerContiguousSpan() {
        assertThat(quotes("“We will win,” she said. “Then we rest.”")).containsExactly("We will win,", "Then we rest.");
    }

    @Test
    void straightQuotesPairInOrder() {
        assertThat(quotes("\"First,\" he said, \"second.\"")).containsExactly("First,", "second.");
    }

    @Test
    void guillemetsWithInnerSpacesAreTrimmed() {
        assertThat(quotes("« Nous avons fait des choix difficiles », a déclaré la maire.")).containsExactly("Nous avons fait des choix difficiles");
        assertThat(quotes("Il parle de «réforme» encore.")).containsExactly("réforme");
    }

    @Test
    void lowDoubleQuoteOpens() {
        assertThat(quotes("Sie sagte „Wir kommen” gestern.")).containsExactly("Wir kommen");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertThat(quotes("Azerbaijan’s army and the Quai d’Orsay met after two weeks’ talks in Paris’ centre.")).isEmpty();
    }

    @Test
    void singleQuotesWhenTheyOpenAndClose() {
        assertThat(quotes("He called it ‘a disgrace’ and left.")).containsExactly("a disgrace");
        assertThat(quotes("“She told me ‘never again’ twice,” he said.")).containsExactly("She told me ‘never again’ twice,");
    }

    @Test
    void earlyCloseWithAnOrphanCloseLaterGivesTwoSpans() {
        assertThat(quotes("He urged “an end to the fighting”. of the people there, and the law,” said the office."))
                .containsExactly("an end to the fighting", ". of the people there, and the law,");
    }

    @Test
    void quotationOverSeveralParagraphsReopensEachOne() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, 1, 0, 30, "“The first part goes on here.", Kind.BODY),
                new Paragraph(2, 3, 32, 60, "“And the second part ends,” he said.", Kind.BODY));
        List<QuoteSpan> spans = QuoteFinder.find(ps);
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("The first part goes on here.", "And the second part ends,");
        assertThat(spans.get(0).runsOn()).isTrue();
        assertThat(spans.get(1).continuation()).isTrue();
    }

    @Test
    void unbalancedMarksNeverThrowAndStayInsideTheParagraph() {
        for (String s : new String[] {"“", "”", "\"", "«", "»", "‘", "’", "“a “b", "a” b” c”", "« a", "„", "“”", "\"\"\""}) {
            List<String> found = quotes(s);
            assertThat(String.join("", found).length()).isLessThanOrEqualTo(s.length());
        }
    }

    @Test
    void strayCloseAfterASpaceStillCloses() {
        assertThat(quotes("heavy weapons, “there even against inhabited areas” .")).containsExactly("there even against inhabited areas");
    }
}
