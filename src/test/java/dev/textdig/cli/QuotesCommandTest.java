package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void listsEveryQuotationWithItsSpeaker() {
        Run r = Cli.run("quotes", "--format", "jsonl", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(11);
        assertThat(r.lines()[3]).contains("\"line\":11", "\"speaker\":\"Emmanuel Macron\"",
                "\"speaker_mention\":\"the Elysée tenant\"", "\"cue\":\"said\"", "\"kind\":\"full\"");
    }

    @Test
    void speakerFilterMatchesSurnameNameOrMention() {
        assertThat(Cli.run("quotes", "--format", "tsv", "--speaker", "macron", SAMPLE).lines()).hasSize(7);
        assertThat(Cli.run("quotes", "--format", "tsv", "--speaker", "Emmanuel Macron", SAMPLE).lines()).hasSize(7);
        assertThat(Cli.run("quotes", "--format", "tsv", "--speaker", "BAKU", SAMPLE).lines()).hasSize(2);
        Run none = Cli.run("quotes", "--speaker", "nobody", SAMPLE);
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
    }

    @Test
    void queryAndMinWordsFilter() {
        assertThat(Cli.run("quotes", "--format", "tsv", "--query", "offensive AND stop", SAMPLE).lines()).hasSize(3);
        assertThat(Cli.run("quotes", "--format", "tsv", "--min-words", "20", SAMPLE).lines()).hasSize(4);
        assertThat(Cli.run("quotes", "--query", "title:(", SAMPLE).status()).isEqualTo(2);
        assertThat(Cli.run("quotes", "--min-words", "0", SAMPLE).status()).isEqualTo(2);
    }

    @Test
    void speakersAreCountedMostQuotedFirst() {
        Run r = Cli.run("quotes", "--speakers", "--format", "tsv", SAMPLE);
        assertThat(r.lines()[0]).isEqualTo("speaker\tquotes\twords\tmentions");
        assertThat(r.lines()[1]).startsWith("Emmanuel Macron\t6\t");
        assertThat(r.lines()[2]).startsWith("Quai d’Orsay\t3\t");
    }

    @Test
    void speakersListPeopleAndBodiesNeverPronouns() {
        String article = "Storm closes the coast road\n\n"
                + "The Atlantic Ocean rose over the sea wall at Kerran Point on Sunday night.\n\n"
                + "\u201cIt has never come this high,\u201d he said. \u201cWe will rebuild the wall,\u201d it said.\n\n"
                + "\u201cThe road stays shut until Friday,\u201d said Mayor Helen Duggan.\n";
        Run r = Cli.withStdin(article, "quotes", "--speakers", "--format", "tsv");
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("speaker\tquotes\twords\tmentions", "Helen Duggan\t1\t6\tMayor Helen Duggan");
    }

    @Test
    void verifyGivesVerdictAndStatus() {
        Run close = Cli.run("quotes", "--verify", "the offensive must end immediately and discussions for the rights", "--format", "jsonl", SAMPLE);
        assertThat(close.status()).isZero();
        assertThat(close.out()).contains("\"verdict\":\"close\"", "\"differences\":[\"stop→end\"]", "\"speaker\":\"Emmanuel Macron\"");
        Run notFound = Cli.run("quotes", "--verify", "we will invade the northern province tomorrow at dawn", SAMPLE);
        assertThat(notFound.status()).isEqualTo(1);
        assertThat(notFound.out()).startsWith("not found");
        assertThat(Cli.run("quotes", "--verify", "  ", SAMPLE).status()).isEqualTo(2);
        assertThat(Cli.run("quotes", "--verify", "“ ... ”", SAMPLE).err()).isEqualTo(
                "textdig: invalid value for option '--verify': '“ ... ”' has no words; it takes the words of a quotation (see 'textdig quotes --help')\n");
        assertThat(Cli.run("quotes", "--verify", "must stop", "--speakers", SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: --speakers, --verify=TEXT are mutually exclusive (specify only one) (see 'textdig quotes --help')\n"));
        assertThat(Cli.run("quotes", "--verify", "word ".repeat(1001), SAMPLE).err())
                .isEqualTo("textdig: invalid value for option '--verify': it takes a quotation of at most 1000 words, not 1001 (see 'textdig quotes --help')\n");
    }

    @Test
    void aMisquoteIsStatusOneWithWhatChangedInPlainWords() {
        String article = Fixtures.path("verify-fr.txt").toString();
        Run r = Cli.run("quotes", "--verify", "la grève est une fatalité", "--format", "jsonl", article);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(1);
        assertThat(r.out()).contains("\"verdict\":\"misquote\"", "\"speaker\":\"Clément Beaune\"",
                "\"differences\":[\"negation removed: \\\"n'est pas\\\"\",\"n'est→est\",\"-pas\"]",
                "\"matched\":\"La grève n'est pas une fatalité\"");
        Run number = Cli.run("quotes", "--verify", "Nous avons reçu 4 propositions des syndicats cette semaine", "--format", "jsonl", article);
        assertThat(number.status()).isEqualTo(1);
        assertThat(number.out()).contains("\"verdict\":\"misquote\"", "\"differences\":[\"number changed: \\\"3\\\" -> \\\"4\\\"\",\"3→4\"]");
        Run words = Cli.run("quotes", "--verify", "Nous avons reçu trois propositions des syndicats cette semaine", "--format", "jsonl", article);
        assertThat(words.status()).isZero();
        assertThat(words.out()).contains("\"verdict\":\"close\"");
    }

    @Test
    void verifyWithASpeakerChecksTheSpeakerInsteadOfFiltering() {
        String article = Fixtures.path("verify-fr.txt").toString();
        String claim = "la grève n'est pas une fatalité, nous pouvons encore trouver un accord";
        Run wrong = Cli.run("quotes", "--verify", claim, "--speaker", "Borne", "--format", "jsonl", article);
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.out()).contains("\"verdict\":\"misquote\"", "\"speaker\":\"Clément Beaune\"",
                "\"differences\":[\"speaker: Clément Beaune, not Borne\"]");
        Run right = Cli.run("quotes", "--verify", claim, "--speaker", "beaune", "--format", "jsonl", article);
        assertThat(right.status()).isZero();
        assertThat(right.out()).contains("\"verdict\":\"exact\"", "\"differences\":[]");
        assertThat(Cli.run("quotes", "--verify", claim, "--speaker", " ", article))
                .isEqualTo(new Run(2, "", "textdig: invalid value for option '--speaker': a blank name; with --verify it names who the claim says said it"
                        + " (see 'textdig quotes --help')\n"));
    }

    @Test
    void aTooShortClaimSaysSoOnStdoutAndWhyOnStderr() {
        Run r = Cli.run("quotes", "--verify", "I think", "--format", "jsonl", SAMPLE);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("{\"verdict\":\"too short\",\"score\":0.0,\"file\":null,\"paragraph\":null,\"line\":null,"
                + "\"speaker\":null,\"speaker_mention\":null,\"claim\":\"I think\",\"matched\":null,\"differences\":[],\"text\":null}\n");
        assertThat(r.err()).isEqualTo("textdig: the claim has 1 content word (not stopwords); --verify needs at least 4 to identify a quotation\n");
        Run text = Cli.run("quotes", "--verify", "this is going to be a problem", SAMPLE);
        assertThat(text.out()).isEqualTo("too short\n");
        Run tsv = Cli.run("quotes", "--verify", "I think", "--format", "tsv", SAMPLE);
        assertThat(tsv.lines()[1]).startsWith("too short\t0.0\t");
    }

    @Test
    void quotationsAreSearchableBySpeaker() {
        Run r = Cli.run("search", "--format", "tsv", "speaker:macron AND offensive", SAMPLE);
        assertThat(r.lines()).hasSize(4);
        assertThat(Cli.run("search", "-c", "speaker:baku", SAMPLE).out()).isEqualTo("1\n");
        // Excluding a speaker needs the quotations indexed as much as asking for one.
        int withFrance = Integer.parseInt(Cli.run("search", "-c", "France", SAMPLE).out().strip());
        int withoutBaku = Integer.parseInt(Cli.run("search", "-c", "France -speaker:baku", SAMPLE).out().strip());
        assertThat(withoutBaku).isLessThan(withFrance);
    }

    @Test
    void articleWithoutQuotationsFindsNothing() {
        Run r = Cli.run("quotes", Fixtures.path("hard-wrapped.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }
}
