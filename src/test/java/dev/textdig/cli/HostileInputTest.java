package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process rows of the second hostile battery (issue 15): shapes, names and queries. */
class HostileInputTest {
    /**
     * A guard against a hang (the quadratic paths these rows fixed ran for many minutes), not a speed
     * target: speed is measured whole-process by bin/bench-hostile and bin/scan-shapes.
     */
    private static final Duration HANG = Duration.ofMinutes(5);

    /** One word of a million letters, a million digits: quadratic in the classifier's patterns before. */
    @Test
    void aMegabyteWordOrRunOfDigitsTakesLinearTime(@TempDir Path dir) throws IOException {
        StringBuilder letters = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 1_000_000; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
            digits.append((char) ('0' + random.nextInt(10)));
        }
        Path word = Files.writeString(dir.resolve("word.txt"), letters);
        Path number = Files.writeString(dir.resolve("digits.txt"), digits);
        for (Path file : new Path[] {word, number}) {
            for (String command : new String[] {"info", "paragraphs"}) {
                Run r = assertTimeoutPreemptively(HANG, () -> Cli.run(command, "--format", "jsonl", file.toString()),
                        command + " " + file.getFileName());
                assertThat(r.status()).as(r.err()).isZero();
            }
        }
    }

    /** Every paragraph matches and the limit is the largest int: each hit looked its neighbours up across the article. */
    @Test
    void allHitsOfALargeArticleComeAtTheSpeedOfParagraphs(@TempDir Path dir) throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            big.append("Paragraph ").append(i).append(" says the council met again on Tuesday.\n\n");
        }
        Path file = Files.writeString(dir.resolve("many.txt"), big);
        Run r = assertTimeoutPreemptively(HANG,
                () -> Cli.run("search", "-n", "2147483647", "--format", "tsv", "council", file.toString()));
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(50_001);
        Run context = Cli.run("search", "-C", "1", "-n", "3", "--format", "tsv", "\"Paragraph 7 \"", file.toString());
        assertThat(context.lines()).hasSize(4); // context, match, context
    }

    @Test
    void aTabInAFileNameIsEscapedNotTurnedIntoASpace(@TempDir Path dir) throws IOException {
        Path tabbed = Files.copy(Fixtures.SAMPLE, dir.resolve("a\tb.txt"));
        Run r = Cli.run("search", "-l", "tenant", tabbed.toString());
        assertThat(r.out()).isEqualTo(dir.resolve("a").toString() + "\\x09b.txt\n");
    }

    @Test
    void aLinkToAFolderIsFollowedAndASlashAfterAFileIsNotADirectory(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.copy(Fixtures.SAMPLE, folder.resolve("a.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        Run viaLink = Cli.run("search", "-l", "tenant", link.toString());
        assertThat(viaLink.status()).as(viaLink.err()).isZero();
        assertThat(viaLink.out()).isEqualTo(link + "/a.txt\n");
        Run slash = Cli.run("info", folder.resolve("a.txt") + "/");
        assertThat(slash.status()).isEqualTo(2);
        assertThat(slash.err()).isEqualTo("textdig: " + folder.resolve("a.txt") + "/: not a directory\n");
    }

    @Test
    void boostsThatCannotBeScoredAreAnError() {
        String huge = "2" + "0".repeat(38);
        String large = "1" + "0".repeat(19);
        for (String[] args : new String[][] {
            {"search", "macron^" + huge}, {"search", "-c", "macron^" + huge}, {"search", "offensive^" + huge + " offensive^" + huge},
            {"search", "--format", "json", "macron^" + large}, {"search", "macron^" + large}}) {
            String[] withFile = java.util.Arrays.copyOf(args, args.length + 1);
            withFile[args.length] = Fixtures.SAMPLE.toString();
            Run r = Cli.run(withFile);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("textdig: a boost (^) must be a number from 0 to 1000000, not ").hasLineCount(1);
        }
        Run fine = Cli.run("search", "--format", "jsonl", "macron^1000000", Fixtures.SAMPLE.toString());
        assertThat(fine.status()).isZero();
    }

    @Test
    void fieldsAreCheckedAndWildcardsOnEveryFieldMatchTheParagraphsThatHaveIt() {
        Run typo = Cli.run("search", "speakr:macron", Fixtures.SAMPLE.toString());
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown field 'speakr', did you mean 'speaker'? (fields: text, kind, file, paragraph, line, language, speaker, quote;")
                .hasLineCount(1);
        String kinds = Cli.run("search", "-c", "kind:*", Fixtures.SAMPLE.toString()).out();
        assertThat(Cli.run("search", "-c", "line:*", Fixtures.SAMPLE.toString()).out()).isEqualTo(kinds).isNotEqualTo("0\n");
        assertThat(Cli.run("search", "-c", "paragraph:*", Fixtures.SAMPLE.toString()).out()).isEqualTo(kinds);
        assertThat(Cli.run("search", "line:1*", Fixtures.SAMPLE.toString()).status()).isEqualTo(2);
        // the README's example, with the name in quotes (a bare / starts a regular expression)
        Run file = Cli.run("search", "-c", "file:\"" + Fixtures.SAMPLE + "\" AND tenant", Fixtures.SAMPLE.toString());
        assertThat(file.out()).isEqualTo("1\n");
    }

    @Test
    void kindWithOnlyCommasIsAnErrorAsAnEmptyKindIs() {
        Run commas = Cli.run("search", "--kind", ",,", "tenant", Fixtures.SAMPLE.toString());
        Run empty = Cli.run("search", "--kind", "", "tenant", Fixtures.SAMPLE.toString());
        assertThat(commas.status()).isEqualTo(2);
        assertThat(empty.status()).isEqualTo(2);
        for (Run r : List.of(commas, empty)) {
            assertThat(r.err()).startsWith("textdig: invalid value for option '--kind'")
                    .contains("no kind given (expected title, lead, heading, body, meta or boilerplate)").hasLineCount(1);
        }
    }

    /** One case-folding rule: the dotted capital I folds to i in --speaker as in speaker: (Lucene's). */
    @Test
    void aSpeakerMatchesWhateverTheCaseOfADottedCapitalI(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"),
                "Harbour fees go up\n\n“We will not give up the fight for the harbour,” said İsmail Kahraman on Tuesday.\n");
        for (String name : new String[] {"ismail", "İSMAİL", "İsmail", "ISMAIL"}) {
            Run r = Cli.run("quotes", "--format", "tsv", "-s", name, file.toString());
            assertThat(r.status()).as(name).isZero();
            assertThat(r.out()).contains("İsmail Kahraman");
        }
        assertThat(Cli.run("search", "-c", "speaker:ismail", file.toString()).out()).isEqualTo("1\n");
        assertThat(Cli.run("search", "-c", "speaker:İSMAİL", file.toString()).out()).isEqualTo("1\n");
    }
}
