package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.ArticleReader;
import dev.textdig.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteVerifierTest {
    private static final List<Quote> SAMPLE = QuoteExtractor.extract(ArticleReader.fromText("s", Fixtures.text(Fixtures.SAMPLE), null));

    @Test
    void exactWordsOfPartOfAQuotationAreExact() {
        Verification v = QuoteVerifier.verify("Strong condemnation of Azerbaijan's use of force", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.EXACT);
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.quote().speaker()).isEqualTo("Emmanuel Macron");
    }

    @Test
    void aChangedWordThatKeepsTheMeaningIsCloseWithItsDifference() {
        Verification v = QuoteVerifier.verify("the offensive must end immediately and discussions for the rights", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.CLOSE);
        assertThat(v.differences()).containsExactly("stop→end");
        assertThat(v.quote().text()).startsWith("The offensive must stop immediately");
        assertThat(v.score()).isBetween(QuoteVerifier.CLOSE, 0.99);
    }

    @Test
    void unrelatedWordsAreNotFound() {
        Verification v = QuoteVerifier.verify("we will invade the northern province tomorrow at dawn", SAMPLE);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.NOT_FOUND);
        assertThat(v.score()).isLessThan(QuoteVerifier.CLOSE);
    }

    @Test
    void noQuotationsMeansNotFound() {
        assertThat(QuoteVerifier.verify("the minister promised lower taxes for farmers", List.of()).verdict())
                .isEqualTo(Verification.Verdict.NOT_FOUND);
    }

    @Test
    void theMatchedStretchIsQuotedAsTheArticleWordsIt() {
        Verification v = QuoteVerifier.verify("the offensive must end immediately and discussions", SAMPLE);
        assertThat(v.matched()).isEqualTo("The offensive must stop immediately and discussions");
    }

    @Test
    void tensOfThousandsOfDistinctWordsAndALongQuotationStillCompare() {
        StringBuilder text = new StringBuilder("A title\n\n“");
        for (int i = 0; i < 30_000; i++) {
            text.append("word").append(i).append(' ');
        }
        text.append("”\n\n“Short one here,” she said.\n");
        List<Quote> quotes = QuoteExtractor.extract(ArticleReader.fromText("many", text.toString(), null));
        Verification v = QuoteVerifier.verify("word29990 word29991 wordX word29993 word29994", quotes);
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.CLOSE);
        assertThat(v.differences()).containsExactly("word29992→wordx");
        assertThat(v.matched()).isEqualTo("word29990 word29991 word29992 word29993 word29994");
        assertThat(v.score()).isEqualTo(0.8);
    }

    // Fixtures of our own, one phenomenon each, in English and French.
    private static final List<Quote> EN = quotes("""
            Council approves the budget

            "We will never raise taxes on working families," said Tom Brown.

            "We don't want a strike at the bus depot this winter," said Mayor Jane Smith.

            "Nobody believes the government will rebuild the harbour this year," Smith said.

            "We talked with Macron about the harbour and the new bridge for hours," she added.

            "I think it is going to be a very long winter for everyone in the town," said Brown.

            "The city received 3 offers for the old stadium and 1,500 letters from residents," Smith said.

            "Twenty-five roads stay closed until Friday because of the flooding," Brown said.
            """);
    private static final List<Quote> FR = quotes("""
            Grève à la SNCF : le ministre répond

            « La grève n'est pas une fatalité, nous pouvons encore trouver un accord avec les syndicats », a déclaré Clément Beaune.

            « Nous avons reçu 3 propositions des syndicats et quatre-vingt-dix courriers cette semaine », a-t-il ajouté.

            « Le ministre ne reviendra jamais sur la réforme des retraites », a affirmé Élisabeth Borne.

            « Nous avons parlé avec Macron de la réforme des retraites pendant deux heures », a-t-elle ajouté.
            """);

    private static List<Quote> quotes(String text) {
        return QuoteExtractor.extract(ArticleReader.fromText("t", text, null));
    }

    private static Verification misquote(String claim, List<Quote> quotes) {
        Verification v = QuoteVerifier.verify(claim, quotes);
        assertThat(v.verdict()).as(claim).isEqualTo(Verification.Verdict.MISQUOTE);
        assertThat(v.verdict().confirmed()).isFalse();
        return v;
    }

    private static Verification verdict(String claim, List<Quote> quotes, Verification.Verdict expected) {
        Verification v = QuoteVerifier.verify(claim, quotes);
        assertThat(v.verdict()).as(claim + " " + v.differences()).isEqualTo(expected);
        return v;
    }

    @Test
    void aRemovedNegationIsAMisquoteNamedInPlainWords() {
        assertThat(misquote("We will raise taxes on working families", EN).differences())
                .startsWith("negation removed: \"never\"");
        assertThat(misquote("We do want a strike at the bus depot this winter", EN).differences())
                .startsWith("negation removed: \"don't\"");
        assertThat(misquote("la grève est une fatalité, nous pouvons encore trouver un accord", FR).differences())
                .startsWith("negation removed: \"n'est pas\"");
        assertThat(misquote("Le ministre reviendra sur la réforme des retraites", FR).differences())
                .startsWith("negation removed: \"ne reviendra jamais\"");
    }

    @Test
    void anAddedNegationIsAMisquoteToo() {
        assertThat(misquote("I think it is not going to be a very long winter for everyone in the town", EN).differences())
                .startsWith("negation added: \"not\"");
        assertThat(misquote("Nous n'avons pas reçu 3 propositions des syndicats", FR).differences())
                .startsWith("negation added: \"n'avons pas\"");
    }

    @Test
    void aClaimThatStartsAfterTheNegationThatGovernsItIsAMisquote() {
        Verification v = misquote("the government will rebuild the harbour this year", EN);
        assertThat(v.differences()).startsWith("negation removed: \"Nobody\"");
        assertThat(v.matched()).startsWith("Nobody believes");
    }

    @Test
    void anotherNegationWordOrASpokenFrenchNegationKeepsTheMeaning() {
        verdict("We will not raise taxes on working families", EN, Verification.Verdict.CLOSE);
        verdict("La grève c'est pas une fatalité, nous pouvons encore trouver un accord", FR, Verification.Verdict.CLOSE);
    }

    @Test
    void aChangedNumberIsAMisquoteAndTheSameNumberInWordsIsNot() {
        assertThat(misquote("The city received 4 offers for the old stadium", EN).differences())
                .startsWith("number changed: \"3\" -> \"4\"");
        assertThat(misquote("The city received three offers for the old stadium and 2,000 letters", EN).differences())
                .startsWith("number changed: \"1,500\" -> \"2,000\"");
        assertThat(misquote("Twenty-six roads stay closed until Friday because of the flooding", EN).differences())
                .startsWith("number changed: \"Twenty-five\" -> \"Twenty-six\"");
        verdict("The city received three offers for the old stadium and 1500 letters", EN, Verification.Verdict.CLOSE);
        verdict("25 roads stay closed until Friday because of the flooding", EN, Verification.Verdict.CLOSE);
        verdict("Nous avons reçu trois propositions des syndicats et 90 courriers", FR, Verification.Verdict.CLOSE);
        assertThat(misquote("Nous avons reçu 3 propositions des syndicats et quatre-vingts courriers", FR).differences())
                .startsWith("number changed: \"quatre-vingt-dix\" -> \"quatre-vingts\"");
    }

    @Test
    void aChangedNameIsAMisquote() {
        assertThat(misquote("We talked with Philippe about the harbour and the new bridge", EN).differences())
                .startsWith("name changed: \"Macron\" -> \"Philippe\"");
        assertThat(misquote("Twenty-five roads stay closed until Monday because of the flooding", EN).differences())
                .startsWith("name changed: \"Friday\" -> \"Monday\"");
        assertThat(misquote("Nous avons parlé avec Attal de la réforme des retraites", FR).differences())
                .startsWith("name changed: \"Macron\" -> \"Attal\"");
        assertThat(misquote("We talked about the harbour and the new bridge for hours", EN).differences())
                .startsWith("name removed: \"Macron\"");
    }

    @Test
    void aClaimedSpeakerWhoDidNotSayItMakesAMisquote() {
        Verification wrong = QuoteVerifier.verify("We will never raise taxes on working families", EN, "smith");
        assertThat(wrong.verdict()).isEqualTo(Verification.Verdict.MISQUOTE);
        assertThat(wrong.differences()).containsExactly("speaker: Tom Brown, not smith");
        Verification right = QuoteVerifier.verify("We will never raise taxes on working families", EN, "Tom Brown");
        assertThat(right.verdict()).isEqualTo(Verification.Verdict.EXACT);
        assertThat(right.differences()).isEmpty();
        Verification fr = QuoteVerifier.verify("le ministre ne reviendra jamais sur la réforme", FR, "Beaune");
        assertThat(fr.differences()).containsExactly("speaker: Élisabeth Borne, not Beaune");
    }

    @Test
    void aQuotationWithNoNamedSpeakerNeitherConfirmsNorDeniesTheClaimedOne() {
        List<Quote> unattributed = quotes("A title\n\nThe report called it “a disaster for the regional economy and its farmers”.\n");
        Verification v = QuoteVerifier.verify("a disaster for the regional economy and its farmers", unattributed, "Brown");
        assertThat(v.verdict()).isEqualTo(Verification.Verdict.EXACT);
        assertThat(v.differences()).containsExactly("speaker: not named in the article, so not confirmed as Brown");
    }

    @Test
    void aClaimWithFewContentWordsIsTooShortAndPointsAtNoQuotation() {
        for (String claim : new String[] {"I think", "this is going to be a problem", "the offensive must stop immediately"}) {
            Verification v = verdict(claim, claim.startsWith("the") ? SAMPLE : EN, Verification.Verdict.TOO_SHORT);
            assertThat(v.quote()).isNull();
            assertThat(v.matched()).isNull();
        }
        verdict("nous pouvons encore trouver", FR, Verification.Verdict.TOO_SHORT);
        assertThat(QuoteVerifier.contentWords("I think")).isEqualTo(1);
        assertThat(QuoteVerifier.contentWords("la grève n'est pas une fatalité")).isEqualTo(2);
    }

    @Test
    void aShortClaimIsStillAMisquoteWhenItsContentWordsAreThereWithTheMeaningChanged() {
        assertThat(misquote("la grève est une fatalité", FR).differences()).startsWith("negation removed: \"n'est pas\"");
    }

    @Test
    void closeNeedsTheClaimsContentWordsNotJustItsFunctionWords() {
        Verification v = verdict("I think this is going to be a real problem for the city council", EN, Verification.Verdict.NOT_FOUND);
        assertThat(v.score()).as("shared function words alone score well").isGreaterThan(0.5);
    }

    @Test
    void aDroppedFillerWordOrAChangedTenseIsClose() {
        assertThat(verdict("it is going to be a long winter for everyone in the town", EN, Verification.Verdict.CLOSE).differences())
                .containsExactly("-very");
        assertThat(verdict("I think it was going to be a very long winter for everyone in the town", EN, Verification.Verdict.CLOSE)
                .differences()).containsExactly("is→was");
        assertThat(verdict("La grève n'est pas une fatalité, nous pouvons trouver un accord avec les syndicats", FR,
                Verification.Verdict.CLOSE).differences()).containsExactly("-encore");
    }
}
