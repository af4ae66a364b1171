package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code textdig paragraphs}. */
class ParagraphsCommandTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void aLineNumberOfSixDigitsIsShownWhole() {
        // 50,001 one-word paragraphs: the last stands on line 100,001, as sed -n 100001p finds it.
        String text = "word\n\n".repeat(50_000) + "last\n";
        Run run = Cli.withStdin(text, "paragraphs", "--all-paragraphs", "-n", "0", "-");
        String[] lines = run.lines();
        assertThat(lines[lines.length - 1]).startsWith("100001 ").endsWith(" last");
    }

    @Test
    void paragraphsLeavesFurnitureOutUnlessAll() {
        Run clean = Cli.run("paragraphs", "--format", "tsv", SAMPLE);
        assertThat(clean.lines()).hasSize(14);
        assertThat(clean.lines()[0]).isEqualTo("file\tparagraph\tline\tkind\tstart\tend\ttext");
        assertThat(clean.out()).doesNotContain("boilerplate");
        Run all = Cli.run("paragraphs", "--all-paragraphs", "--format", "tsv", SAMPLE);
        assertThat(all.lines()).hasSize(24);
        for (String same : new String[] {"-a", "--all"}) {
            assertThat(Cli.run("paragraphs", same, "--format", "tsv", SAMPLE)).as(same).isEqualTo(all);
        }
        Run titles = Cli.run("paragraphs", "--kind", "title", "--format", "jsonl", SAMPLE);
        assertThat(titles.lines()).hasSize(1);
        assertThat(titles.out()).contains("\"paragraph\":2,\"line\":3,\"kind\":\"title\",\"start\":97,\"end\":194");
    }
}
