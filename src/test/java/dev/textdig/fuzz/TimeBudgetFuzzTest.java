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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzz targets against time: the keyword and the classifier paths on articles of a quarter of a
 * megabyte, built from a shape the fuzzer chooses (one or two units of text, how often the second
 * comes, what separates them: nothing, spaces, lines, paragraphs). A long word, a run of digits, a
 * flood of quotation marks or dashes, a hundred thousand tiny paragraphs are all shapes it can
 * reach. While fuzzing ({@code JAZZER_FUZZ=1}), time is the thread's CPU time (what neighbours on a
 * shared machine do not change), the best of three runs: an input whose time grows faster than its
 * size (a quarter of it against the whole), or that takes over {@link #ABSOLUTE} seconds per MB even
 * under Jazzer's instrumentation, is a finding, saved beside the seeds. Under {@code mvn verify} the
 * seeds and findings are replayed for what they must do, not for how fast: every command finishes
 * with status 0 or 1 and nothing on stderr but {@code textdig:} lines. The bar of a second per MB is
 * measured on the plain jar by {@code bin/scan-shapes}.
 */
class TimeBudgetFuzzTest {
    /** The size of each generated article, in UTF-8 bytes. */
    static final int SIZE = 256 * 1024;
    /** Linear growth from a quarter to the whole is 4, quadratic 16. */
    static final double MAX_GROWTH = 7;
    /** Seconds per MB that even an instrumented run must not pass (the plain jar's bar is 1: bin/scan-shapes). */
    static final double ABSOLUTE = 8.0;
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
    /** CPU time of the running thread (a command runs on it): what neighbours on a shared machine do not change. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
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
        String unit2 = second.length() > 24 ? second.substring(0, 24) : second;
        byte[] article = shape(first, unit2, period, separator, SIZE);
        long whole = run(command, article);
        if (!FUZZING) {
            return; // replaying: what it must do, not how fast
        }
        // Jazzer's instrumentation makes every run slower by a factor of its own, so the bar of a
        // second per MB is bin/scan-shapes' (on the plain jar); here, growth tells: a quarter of the
        // input must take about a quarter of the time (linear 4, quadratic 16), and no input more
        // than ABSOLUTE s/MB even instrumented.
        byte[] quarter = shape(first, unit2, period, separator, SIZE / 4);
        long small = run(command, quarter);
        for (int retry = 0; retry < 2; retry++) { // the best of three, so a collection or a compilation does not count
            whole = Math.min(whole, run(command, article));
            small = Math.min(small, run(command, quarter));
        }
        double seconds = whole / 1e9;
        double growth = (double) whole / Math.max(small, 1);
        if ((seconds > 0.1 && growth > MAX_GROWTH) || seconds > ABSOLUTE * article.length / 1e6) {
            throw new AssertionError(String.format("%s took %.2f s on %d bytes (%.1f s/MB), %.1f times the time of a quarter: "
                    + "'%s' with '%s' every %d-th, separated by '%s'", String.join(" ", command), seconds, article.length,
                    seconds / (article.length / 1e6), growth, escape(first), escape(unit2), period, escape(separator)));
        }
    }

    /** {@code first}, with {@code second} every {@code period}-th time, separated, up to {@code size} bytes. */
    static byte[] shape(String first, String second, int period, String separator, int size) {
        StringBuilder b = new StringBuilder(size + 64);
        int bytes = 0;
        for (int i = 0; bytes < size; i++) {
            String unit = (i % period == period - 1 || first.isEmpty()) && !second.isEmpty() ? second : first;
            b.append(unit).append(separator);
            bytes += (unit + separator).getBytes(StandardCharsets.UTF_8).length;
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long run(String[] command, byte[] article) {
        StringWriter err = new StringWriter();
        long start = THREADS.getCurrentThreadCpuTime();
        int status = Main.run(new ByteArrayInputStream(article), OutputStream.nullOutputStream(), new PrintWriter(err),
                new Terminal(false, false, Map.of()), command);
        long elapsed = THREADS.getCurrentThreadCpuTime() - start;
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
