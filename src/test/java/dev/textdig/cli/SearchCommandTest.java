package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SearchCommandTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void elyseeTenantRanksLineElevenFirst() {
        Run r = Cli.run("search", "--format", "tsv", "Elysée tenant", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        String[] first = r.lines()[1].split("\t");
        assertThat(first[0]).isEqualTo("match");
        assertThat(first[2]).isEqualTo(SAMPLE);
        assertThat(first[4]).isEqualTo("11");
    }

    @Test
    void matchesOnlyInFurnitureAreNamedOnStderrAndExitOne() {
        Run r = Cli.run("search", "enter", SAMPLE);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("textdig: 2 matches in page furniture; -a to include them\n");
        Run one = Cli.run("search", "--format", "jsonl", "comment", SAMPLE);
        assertThat(one.status()).isEqualTo(1);
        assertThat(one.out()).isEmpty();
        assertThat(one.err()).isEqualTo("textdig: 1 match in page furniture; -a to include them\n");
        Run counted = Cli.run("search", "-c", "enter", SAMPLE);
        assertThat(counted.status()).isEqualTo(1);
        assertThat(counted.err()).isEqualTo("textdig: 2 matches in page furniture; -a to include them\n");
    }

    @Test
    void aQueryThatMatchesNothingAnywhereSaysNothing() {
        Run r = Cli.run("search", "zeppelin", SAMPLE);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        Run kinds = Cli.run("search", "--kind", "title", "enter", SAMPLE);
        assertThat(kinds.status()).isEqualTo(1);
        assertThat(kinds.err()).as("with --kind the furniture is not what left the matches out").isEmpty();
    }

    @Test
    void furnitureMatchesAreFoundWithAllParagraphs() {
        Run r = Cli.run("search", "-a", "--format", "tsv", "enter", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(3);
    }

    @Test
    void unparsableQueryIsOneLineOnStderrAndExitsTwo() {
        Run r = Cli.run("search", "title:(", SAMPLE);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("textdig: query does not parse at column 8").endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void jsonlRecordsAreFlatAndCarryOffsets() {
        Run r = Cli.run("search", "--format", "jsonl", "--limit", "1", "\"Elysée tenant\"", SAMPLE);
        assertThat(r.lines()).hasSize(1);
        assertThat(r.out()).contains("\"file\":\"" + SAMPLE + "\"", "\"paragraph\":6", "\"line\":11", "\"kind\":\"body\"",
                "\"type\":\"match\"", "\"score\":", "\"matches\":[[");
    }

    @Test
    void jsonDocumentHasTotals() {
        Run r = Cli.run("search", "--format", "json", "-n", "2", "Azerbaijan", SAMPLE);
        assertThat(r.out()).startsWith("{\"results\":[").contains("\"totals\":{\"query\":\"Azerbaijan\",\"files\":1,\"matches\":");
        assertThat(r.out()).contains("\"shown\":2}");
    }

    @Test
    void textOutputShowsFileLineKindAndMarksNothingWithoutColour() {
        Run r = Cli.run("search", "tenant", SAMPLE);
        assertThat(r.out()).startsWith(SAMPLE + ":11 (¶6, body, score ").contains("said the Elysée").doesNotContain("\u001b");
    }

    @Test
    void colourAlwaysMarksMatches() {
        Run r = Cli.run("search", "--color", "always", "tenant", SAMPLE);
        assertThat(r.out()).contains("\u001b[1;31mtenant\u001b[0m");
    }

    @Test
    void countAndFilesWithMatches() {
        assertThat(Cli.run("search", "-c", "offensive", SAMPLE).out()).isEqualTo("5\n");
        Run files = Cli.run("search", "-l", "ferry", SAMPLE, Fixtures.path("scraped-page.txt").toString());
        assertThat(files.out()).isEqualTo(Fixtures.path("scraped-page.txt") + "\n");
        Run counts = Cli.run("search", "--count", "--format", "tsv", "ferry", SAMPLE, Fixtures.path("scraped-page.txt").toString());
        assertThat(counts.lines()).containsExactly("file\tcount", SAMPLE + "\t0", Fixtures.path("scraped-page.txt") + "\t3");
        assertThat(Cli.run("search", "-c", "nothingatall", SAMPLE).status()).isEqualTo(1);
    }

    @Test
    void contextAddsNeighbouringParagraphs() {
        Run r = Cli.run("search", "--format", "tsv", "-C", "1", "-n", "1", "tenant", SAMPLE);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines()[1]).startsWith("context\t1\t" + SAMPLE + "\t5\t9\t");
        assertThat(r.lines()[2]).startsWith("match\t1\t" + SAMPLE + "\t6\t11\t");
        assertThat(r.lines()[3]).startsWith("context\t1\t" + SAMPLE + "\t7\t13\t");
    }

    /** Two hits whose contexts meet show each paragraph once between them, as grep merges them. */
    @Test
    void contextsThatMeetShowAParagraphOnce() {
        // Macron matches ¶2, ¶5 and ¶7 of the sample, in that order: ¶6 is after ¶5 and before ¶7
        Run r = Cli.run("search", "--format", "tsv", "-C", "1", "Macron", SAMPLE);
        java.util.List<String> shown = java.util.Arrays.stream(r.lines()).skip(1)
                .map(l -> l.split("\t")[0] + " " + l.split("\t")[3]).toList();
        assertThat(shown).containsExactly("match 2", "context 3", "context 4", "match 5", "context 6", "match 7", "context 8");
    }

    /**
     * -C shows the article around a match as a reader sees it: --kind says which paragraphs may
     * match, not which may surround them; furniture only when the selection takes it in.
     */
    @Test
    void contextIsTheArticleAroundTheMatchWhateverKindsMayMatch() {
        // ¶10 is body, ¶9 before it a heading, ¶11 body
        assertThat(paragraphsShown("--kind", "body", "-C", "1", "\"France calls on Azerbaijan\""))
                .containsExactly("context 9", "match 10", "context 11");
        // ¶2 is the title, ¶1 before it furniture: left out, as the title's reader never sees it
        assertThat(paragraphsShown("--kind", "title", "-C", "1", "\"Emmanuel Macron asks\""))
                .containsExactly("match 2", "context 3");
        // ¶14 is the last paragraph before the furniture
        assertThat(paragraphsShown("-C", "1", "\"BFM TV\"")).containsExactly("context 13", "match 14");
        assertThat(paragraphsShown("-a", "-C", "1", "\"BFM TV\"")).containsExactly("context 13", "match 14", "context 15");
        // asked for furniture, the page around it, furniture included
        assertThat(paragraphsShown("--kind", "boilerplate", "-C", "1", "\"Stay Connected\""))
                .containsExactly("context 14", "match 15", "context 16");
    }

    /** Each line of a one-hit search of the sample, as its type and paragraph number. */
    private static java.util.List<String> paragraphsShown(String... options) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("search", "--format", "tsv", "-n", "1"),
                java.util.stream.Stream.concat(java.util.Arrays.stream(options), java.util.stream.Stream.of(SAMPLE))).toArray(String[]::new);
        Run r = Cli.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return java.util.Arrays.stream(r.lines()).skip(1).map(l -> l.split("\t")).map(f -> f[0] + " " + f[3]).toList();
    }

    @Test
    void kindOptionFilters() {
        Run r = Cli.run("search", "--format", "tsv", "--kind", "title,lead", "offensive", SAMPLE);
        assertThat(r.lines()).hasSize(3);
        assertThat(Cli.run("search", "--kind", "sidebar", "x", SAMPLE).err()).contains("unknown kind 'sidebar'");
    }

    @Test
    void literalTakesPastedTextAsWords() {
        Run r = Cli.run("search", "--literal", "--format", "tsv", "\"The offensive must stop (immediately", SAMPLE);
        assertThat(r.status()).isZero();
    }

    @Test
    void doubleDashAllowsAQueryStartingWithMinus() {
        Run r = Cli.run("search", "--format", "tsv", SAMPLE.isEmpty() ? "" : "--limit", "3", "--", "-trump +tenant", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        Run without = Cli.run("search", "-trump", SAMPLE);
        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).contains("put -- before a query");
    }

    @Test
    void atSignIsAQueryNotAnArgumentsFile() {
        Run r = Cli.run("search", "@reuters", SAMPLE);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void queriesThatExpandTooFarAreOneLineErrors() {
        String manyTerms = String.join(" OR ", java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "w" + i).toList());
        assertThat(Cli.run("search", "--", manyTerms, SAMPLE)).isEqualTo(new Run(2, "", "textdig: query has too many terms (at most 1024)\n"));
        assertThat(Cli.run("search", "--literal", "--", manyTerms.replace(" OR ", " "), SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: query has too many words (at most 1024)\n"));
        // A regular expression whose automaton would need 2^20 states.
        assertThat(Cli.run("search", "/[ab]*a[ab]{20}/", SAMPLE))
                .isEqualTo(new Run(2, "", "textdig: query is too complex to run (a regular expression or wildcard that explodes)\n"));
    }

    @Test
    void aLeadingWildcardRunsOnTheIndexedStems() {
        assertThat(Cli.run("search", "-c", "*fens*", SAMPLE).out()).isEqualTo("5\n"); // offens, the stem of offensive
        assertThat(Cli.run("search", "-c", "*fensive", SAMPLE).status()).isEqualTo(1);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        for (String[] args : new String[][] {
            {"search", "--limit", "-1", "x", SAMPLE},
            {"search", "--limit", "x", "x", SAMPLE},
            {"search", "--context", "-2", "x", SAMPLE},
            {"search", "--count", "--files-with-matches", "x", SAMPLE},
            {"search", "--limit", "99999999999", "x", SAMPLE},
            {"search", "--color", "sometimes", "x", SAMPLE},
            {"search", "--format", "xml", "x", SAMPLE},
            {"search", "--bogus", "x", SAMPLE},
            {"search"},
        }) {
            Run r = Cli.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("textdig: ");
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void stdinIsReadWhenPipedAndNamedDash() {
        Run r = Cli.withStdin(Fixtures.text(Fixtures.SAMPLE), "search", "--format", "tsv", "-n", "1", "tenant");
        assertThat(r.status()).isZero();
        assertThat(r.lines()[1]).startsWith("match\t1\t-\t6\t11\t");
        Run dash = Cli.withStdin(Fixtures.text(Fixtures.SAMPLE), "search", "-c", "tenant", "-");
        assertThat(dash.out()).isEqualTo("1\n");
    }

    @Test
    void noInputAndATerminalIsAnError() {
        Run r = Cli.run("search", "tenant");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("textdig: no input");
    }

    @Test
    void missingFileIsAnError() {
        Run r = Cli.run("search", "x", "no/such/file.txt");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("textdig: no/such/file.txt: no such file or folder\n");
    }

    @Test
    void byArticleShowsEachArticleOnceWithItsBestParagraphAndCountsArticles() {
        String en = Fixtures.path("typographic-en.txt").toString();
        Run paragraphs = Cli.run("search", "--format", "tsv", "fire OR Orsay OR offensive", SAMPLE, en);
        assertThat(paragraphs.lines().length - 1).as("paragraph hits").isGreaterThan(2);
        Run articles = Cli.run("search", "--by", "article", "--format", "json", "fire OR Orsay OR offensive", SAMPLE, en);
        assertThat(articles.status()).isZero();
        assertThat(articles.out()).contains("\"totals\":{\"query\":\"fire OR Orsay OR offensive\",\"files\":2,\"matches\":2,\"shown\":2}");
        Run tsv = Cli.run("search", "--by", "ARTICLE", "--format", "tsv", "fire OR Orsay OR offensive", SAMPLE, en);
        assertThat(tsv.lines()).hasSize(3);
        assertThat(tsv.lines()[1].split("\t")[2]).isNotEqualTo(tsv.lines()[2].split("\t")[2]);
        assertThat(tsv.lines()[1]).as("the best article's hit is the first paragraph hit").isEqualTo(paragraphs.lines()[1]);
    }

    @Test
    void anUnknownRankingUnitIsAUsageError() {
        Run r = Cli.run("search", "--by", "sentence", "tenant", SAMPLE);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("textdig: invalid value for option '--by'");
        assertThat(r.out()).isEmpty();
    }
}
