package dev.textdig.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.textdig.cli.Main;
import dev.textdig.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzz targets against time: the keyword and the classifier paths on articles of a quarter of a
 * megabyte, built from a shape the fuzzer chooses (one or two units of text, how often the second
 * comes, what separates them: nothing, spaces, lines, paragraphs). A long word, a run of digits, a
 * flood of quotation marks or dashes, a hundred thousand tiny paragraphs are all shapes it can
 * reach. While fuzzing ({@code JAZZER_FUZZ=1}), an input that takes more than a second per
 * megabyte (the best of three runs, so a collection or a compilation does not count) is a finding,
 * saved beside the seeds. Under {@code mvn verify} the seeds and findings are replayed for what they
 * must do, not for how fast: every command finishes with status 0 or 1 and nothing on stderr but
 * {@code textdig:} lines; speed is measured by {@code bin/scan-shapes}.
 */
class TimeBudgetFuzzTest {
    /** The size of each generated article, in UTF-8 bytes. */
    static final int SIZE = 256 * 1024;
    static final double SECONDS_PER_MB = 1.0;
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
    private static final String[] SEPARATORS = {"", " ", "\n", "\n\n", ". ", ", "};

    @FuzzTest(maxDuration = "5m")
    void keywordPaths(FuzzedDataProvider data) {
        within(data, new String[][] {{"keywords"}, {"keywords", "--rank", "--ngrams", "1-3"}});
    }

    @FuzzTest(maxDuration = "5m")
    void classifierPaths(FuzzedDataProvider data) {
        within(data, new String[][] {{"paragraphs", "--all"}, {"info"}});
    }

    private static void within(FuzzedDataProvider data, String[][] commands) {
        String[] command = data.pickValue(commands);
        String separator = data.pickValue(SEPARATORS);
        int period = data.consumeInt(1, 64);
        String first = data.consumeString(24);
        String second = data.consumeRemainingAsString();
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        byte[] article = shape(first, second.length() > 24 ? second.substring(0, 24) : second, period, separator);
        long best = run(command, article);
        double budget = Math.max(0.25, SECONDS_PER_MB * article.length / 1e6);
        for (int retry = 0; FUZZING && retry < 2 && best / 1e9 > budget; retry++) {
            best = Math.min(best, run(command, article));
        }
        if (FUZZING && best / 1e9 > budget) {
            throw new AssertionError(String.format("%s took %.2f s on %d bytes (%.1f s/MB): %d x '%s', every %d-th '%s', separated by '%s'",
                    String.join(" ", command), best / 1e9, article.length, best / 1e9 / (article.length / 1e6),
                    period, escape(first), period, escape(second), escape(separator)));
        }
    }

    /** {@code first}, with {@code second} every {@code period}-th time, separated, up to {@link #SIZE} bytes. */
    static byte[] shape(String first, String second, int period, String separator) {
        StringBuilder b = new StringBuilder(SIZE + 64);
        int bytes = 0;
        for (int i = 0; bytes < SIZE; i++) {
            String unit = (i % period == period - 1 || first.isEmpty()) && !second.isEmpty() ? second : first;
            b.append(unit).append(separator);
            bytes += (unit + separator).getBytes(StandardCharsets.UTF_8).length;
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long run(String[] command, byte[] article) {
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = Main.run(new ByteArrayInputStream(article), OutputStream.nullOutputStream(), new PrintWriter(err),
                new Terminal(false, false, Map.of()), command);
        long elapsed = System.nanoTime() - start;
        assertThat(status).as(err.toString()).isIn(0, 1);
        for (String line : err.toString().split("\n")) {
            if (!line.isEmpty()) {
                assertThat(line).startsWith("textdig: ").doesNotContain("internal error");
            }
        }
        return elapsed;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u{%x}", c) : Character.toString(c)));
        return b.toString();
    }
}
