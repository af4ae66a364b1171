package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a terminal, keywords and quotes --speakers draw a bar beside each count; never in a pipe, tsv or JSON. */
class BarsTest {
    private static final String SAMPLE = Fixtures.SAMPLE.toString();
    private static final Map<String, String> UTF8 = Map.of("LANG", "en_GB.UTF-8", "COLUMNS", "100", "TERM", "xterm-256color");

    private static String onTerminal(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run r = Cli.execute(null, out, true, env, args);
        assertThat(r.status()).as(r.toString()).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keywordBarsAreProportionalToTheCount() {
        String out = onTerminal(UTF8, "keywords", "--color", "never", "-n", "8", SAMPLE);
        String[] lines = out.split("\n");
        // Azerbaijan 8 is the longest bar (30 columns at 100), Nagorno-Karabakh 7 is 7/8 of it, 3 is 3/8.
        assertThat(lines[1]).startsWith("Azerbaijan").endsWith("  " + "\u2588".repeat(30));
        assertThat(lines[2]).startsWith("Nagorno-Karabakh").endsWith("  " + "\u2588".repeat(26) + "\u258E"); // 26.25: a quarter is two eighths
        assertThat(lines[5]).contains("     3 ").endsWith("  " + "\u2588".repeat(11) + "\u258E"); // 11.25
        assertThat(lines[0]).doesNotContain("\u2588");
        for (String line : lines) {
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void plainCharactersWhereTheLocaleCannotShowBlocks() {
        String out = onTerminal(Map.of("LANG", "C", "COLUMNS", "80"), "keywords", "-n", "2", SAMPLE);
        assertThat(out.split("\n")[1]).endsWith("  " + "#".repeat(20)); // 80 columns leave room for 20
        assertThat(out).doesNotContain("\u2588");
        String linux = onTerminal(Map.of("LANG", "en_US.UTF-8", "TERM", "linux"), "keywords", "-n", "2", SAMPLE);
        assertThat(linux).contains("####").doesNotContain("\u2588");
    }

    @Test
    void speakersGetABarOfTheirQuotations() {
        String out = onTerminal(UTF8, "quotes", "--speakers", "--color", "never", SAMPLE);
        String[] lines = out.split("\n");
        // 6, 3, 1, 1 quotations; a bar of 20 columns at 100 (1 of 6 is 3 and 3/8 columns).
        assertThat(lines[0]).isEqualTo("    6  " + "\u2588".repeat(20) + "  Emmanuel Macron (Emmanuel Macron, the President of the Republic, the Elysée tenant, the French presidency)");
        assertThat(lines[1]).startsWith("    3  " + "\u2588".repeat(10) + " ".repeat(10) + "  Quai d’Orsay");
        assertThat(lines[2]).startsWith("    1  " + "\u2588".repeat(3) + "\u258D" + " ".repeat(16) + "  ");
    }

    @Test
    void neverInAPipeNorInTsvOrJson() {
        assertThat(Cli.execute((String) null, UTF8, "keywords", SAMPLE).out()).doesNotContain("\u2588").doesNotContain("#");
        assertThat(Cli.execute((String) null, UTF8, "quotes", "--speakers", SAMPLE).out()).doesNotContain("\u2588");
        for (String format : new String[] {"tsv", "jsonl", "json"}) {
            assertThat(onTerminal(UTF8, "keywords", "--format", format, SAMPLE)).doesNotContain("\u2588").doesNotContain("##");
            assertThat(onTerminal(UTF8, "quotes", "--speakers", "--format", format, SAMPLE)).doesNotContain("\u2588");
        }
    }
}
