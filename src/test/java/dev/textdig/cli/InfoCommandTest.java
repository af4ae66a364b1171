package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code textdig info}. */
class InfoCommandTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();

    @Test
    void infoReportsMetadataAndCounts() {
        Run r = Cli.run("info", "--format", "jsonl", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"author\":\"Ariel Guez\"", "\"source\":\"BFM TV\"", "\"language\":\"en\"",
                "\"paragraphs\":23", "\"content_paragraphs\":13", "\"boilerplate_paragraphs\":10", "\"date\":null");
        Run text = Cli.run("info", SAMPLE);
        assertThat(text.out()).contains("author:                 Ariel Guez\n", "date:                   -\n");
    }
}
