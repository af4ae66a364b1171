package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordsCommandTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();
    private static final String FERRY = Fixtures.path("scraped-page.txt").toString();
    private static final String FOLLOW_UP = Fixtures.path("ferry-follow-up.txt").toString();

    @Test
    void defaultIsTwentyTermsByCount() {
        Run r = Cli.run("keywords", "--format", "tsv", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(21);
        assertThat(r.lines()[0]).isEqualTo("term\tcount\tparagraphs\tshare\tscore\tfile");
        assertThat(r.lines()[1]).startsWith("Azerbaijan\t8\t7\t");
        assertThat(r.lines()[2]).startsWith("Nagorno-Karabakh\t7\t6\t");
    }

    @Test
    void jsonlHasTheDocumentedFields() {
        Run r = Cli.run("keywords", "--format", "jsonl", "--rank", "-n", "3", SAMPLE);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines()[0]).startsWith("{\"term\":\"Nagorno-Karabakh\",\"count\":7,\"paragraphs\":6,\"share\":").contains("\"score\":0.");
    }

    @Test
    void aggregateAddsUpThePerFileLists() {
        int together = count(Cli.run("keywords", "--format", "tsv", "-n", "100", FERRY, FOLLOW_UP), "ferry");
        int first = count(Cli.run("keywords", "--format", "tsv", "-n", "100", FERRY), "ferry");
        int second = count(Cli.run("keywords", "--format", "tsv", "-n", "100", FOLLOW_UP), "ferry");
        assertThat(together).isEqualTo(first + second).isGreaterThan(first);
        Run per = Cli.run("keywords", "--format", "tsv", "-n", "2", "--per-file", FERRY, FOLLOW_UP);
        assertThat(per.lines()).hasSize(5);
        assertThat(per.lines()[1]).endsWith("\t" + FERRY);
        assertThat(per.lines()[2]).endsWith("\t" + FERRY);
        assertThat(per.lines()[3]).endsWith("\t" + FOLLOW_UP);
    }

    private static int count(Run r, String term) {
        for (String line : r.lines()) {
            String[] f = line.split("\t");
            if (f[0].equalsIgnoreCase(term)) {
                return Integer.parseInt(f[1]);
            }
        }
        return 0;
    }

    @Test
    void minCountAndKind() {
        Run r = Cli.run("keywords", "--format", "tsv", "--min-count", "5", SAMPLE);
        assertThat(r.lines()).hasSize(5);
        Run titles = Cli.run("keywords", "--format", "tsv", "--kind", "title", SAMPLE);
        assertThat(titles.out()).contains("Azerbaijan\t1\t1").doesNotContain("civilians");
    }

    /** -a takes the furniture in, as in search and paragraphs: its words are counted too. */
    @Test
    void allParagraphsCountsTheFurnitureToo() {
        assertThat(Cli.run("keywords", "--format", "tsv", "-n", "200", SAMPLE).out()).doesNotContainIgnoringCase("please");
        assertThat(Cli.run("keywords", "--format", "tsv", "-n", "200", "-a", SAMPLE).out()).contains("Please enter\t2\t2\t");
    }

    @Test
    void furnitureOnlyOrEmptyArticleFindsNothing(@TempDir Path dir) throws IOException {
        Path furniture = Files.writeString(dir.resolve("f.txt"), "Home\nNews\nSport\n12,304FansLike\nSubscribe\n© 2024 Paper. All rights reserved.\n");
        Run r = Cli.run("keywords", furniture.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        Path empty = Files.writeString(dir.resolve("e.txt"), "");
        assertThat(Cli.run("keywords", empty.toString()).status()).isEqualTo(1);
    }

    @Test
    void badOptionsAreOneLineErrors(@TempDir Path dir) {
        for (String[] args : new String[][] {
            {"keywords", "--ngrams", "0", SAMPLE},
            {"keywords", "--ngrams", "3-1", SAMPLE},
            {"keywords", "--ngrams", "x", SAMPLE},
            {"keywords", "--limit", "-1", SAMPLE},
            {"keywords", "--min-count", "0", SAMPLE},
            {"keywords", "--stopwords", dir.resolve("missing.txt").toString(), SAMPLE},
        }) {
            Run r = Cli.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
    }

    @Test
    void stopwordFileAddsWords(@TempDir Path dir) throws IOException {
        Path stop = Files.writeString(dir.resolve("stop.txt"), "# more\nazerbaijan nagorno-karabakh\n");
        Run r = Cli.run("keywords", "--format", "tsv", "-n", "3", "--stopwords", stop.toString(), SAMPLE);
        assertThat(r.out()).doesNotContain("Azerbaijan\t");
    }

    @Test
    void stopwordFileIsReadLikeAnArticle(@TempDir Path dir) throws IOException {
        // Saved by a Windows editor: UTF-16 with a byte-order mark.
        Path stop = Files.write(dir.resolve("stop.txt"), "azerbaijan\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Run r = Cli.run("keywords", "--format", "tsv", "-n", "3", "--stopwords", stop.toString(), SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("Azerbaijan\t");
    }
}
