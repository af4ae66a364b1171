package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static List<Quote> quotes(String text) {
        return QuoteExtractor.extract(ArticleReader.fromText("t.txt", text, null));
    }

    private static Quote only(String text) {
        List<Quote> qs = quotes("Title of the story here\n\n" + text);
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    @Test
    void sampleQuotationsAndSpeakersAllComeOutRight() {
        Article sample = ArticleReader.fromText("sample", Fixtures.text(Fixtures.SAMPLE), null);
        List<Quote> qs = QuoteExtractor.extract(sample);
        assertThat(qs).extracting(Quote::speaker).containsExactly(
                "Emmanuel Macron", "Emmanuel Macron", "Emmanuel Macron", "Emmanuel Macron", "Emmanuel Macron",
                "Emmanuel Macron", "Quai d’Orsay", "Quai d’Orsay", "Quai d’Orsay", "French government", "Azerbaijani government");
        assertThat(qs).extracting(Quote::mention).containsExactly(
                "Emmanuel Macron", "the President of the Republic", "Emmanuel Macron", "the Elysée tenant", "Emmanuel Macron",
                "the French presidency", "the Quai d’Orsay", "the Quai d’Orsay", "it", "Paris", "Baku");
        assertThat(qs.get(5).text()).startsWith(". of the inhabitants");
        assertThat(qs.get(7).text()).isEqualTo("there even against inhabited areas");
    }

    @Test
    void speechVerbAfterInEitherOrder() {
        assertThat(only("“We listened to the people,” said the council leader, after the vote.").mention()).isEqualTo("the council leader");
        Quote q = only("“We listened to the people,” Marta Lindqvist said on Monday.");
        assertThat(q.mention()).isEqualTo("Marta Lindqvist");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void speechVerbOrColonBefore() {
        assertThat(only("The mayor, Claire Dubois, told reporters: “The budget is balanced.”").mention()).isEqualTo("Claire Dubois");
        assertThat(only("Operators warned “a long winter” for passengers.").mention()).isEqualTo("Operators");
    }

    @Test
    void accordingToAndSelon() {
        assertThat(only("Prices will rise “sharply and soon”, according to the central bank.").mention()).isEqualTo("the central bank");
        Quote fr = quotes("Le titre de l’article ici\n\nLa dette « ne doit pas augmenter », selon la maire Claire Dubois.").get(0);
        assertThat(fr.mention()).isEqualTo("la maire Claire Dubois");
    }

    @Test
    void frenchInversion() {
        Quote q = quotes("Le titre de l’article ici\n\n« Nous tiendrons bon », a-t-il déclaré devant la presse.").get(0);
        assertThat(q.mention()).isEqualTo("il");
        assertThat(q.cue()).isEqualTo("déclaré");
    }

    @Test
    void continuationTakesThePreviousSpeaker() {
        List<Quote> qs = quotes("Title of the story here\n\n“We will rebuild,” Jane Okafor said. “It will take a year.”");
        assertThat(qs).extracting(Quote::mention).containsExactly("Jane Okafor", "Jane Okafor");
    }

    @Test
    void surnamesAndPronounsResolveToFullNames() {
        List<Quote> qs = quotes("Title of the story here\n\nThe harbour master Pat Caddell spoke on Monday about the ferries and his plans.\n\n"
                + "“The boats are old,” Caddell said.\n\n“We need new ones,” he added.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Pat Caddell", "Pat Caddell");
        assertThat(qs.get(1).mention()).isEqualTo("he");
    }

    @Test
    void capitalCitiesStandForTheirGovernments() {
        assertThat(only("Moscow rejected the “baseless accusations” on Friday.").speaker()).isEqualTo("Russian government");
    }

    @Test
    void scareQuotesAndTitlesHaveNoSpeaker() {
        Quote q = only("The film “The Long Night” opened in cinemas across the country this week.");
        assertThat(q.speaker()).isNull();
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void offsetsPointAtTheQuotedTextInTheFile() {
        String text = "Title 😀 of the story\n\n“Emoji 🎉 inside,” said the editor.";
        Article a = ArticleReader.fromText("t.txt", text, null);
        Quote q = QuoteExtractor.extract(a).get(0);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, q.start(), q.end() - q.start())).isEqualTo(q.text()).isEqualTo("Emoji 🎉 inside,");
    }
}
