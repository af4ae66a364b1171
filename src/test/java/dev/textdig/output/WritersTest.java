package dev.textdig.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritersTest {
    /** Rows shown as they are: the writers' side of a view. */
    private static final View<Row> ROWS = new View<>() {
        @Override
        public List<String> columns() {
            return List.of("file", "line", "text", "matches");
        }

        @Override
        public Row fields(Row row) {
            return row;
        }

        @Override
        public String text(Row row, Style style) {
            return TerminalText.safe(String.valueOf(row.get("text"))) + "\n";
        }
    };

    private static String write(Format format, Row... rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Stdout out = new Stdout(bytes);
        ResultWriter<Row> w = ResultWriters.create(format, out, ROWS, new Style(false));
        for (Row r : rows) {
            w.write(r);
        }
        w.finish(new Totals.Speakers(rows.length));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Row row(String text) {
        return new Row().put("file", "a.txt").put("line", 3).put("text", text).put("matches", List.of(new Span(0, 2), new Span(5, 7)));
    }

    @Test
    void tsvHasAHeaderAndEscapesLikeJq() {
        String out = write(Format.TSV, row("a\tb\nc\\d\re"));
        assertThat(out).isEqualTo("file\tline\ttext\tmatches\na.txt\t3\ta\\tb\\nc\\\\d\\re\t0-2,5-7\n");
    }

    @Test
    void tsvAndTextNeverCarryRawEscapeSequences() {
        String nasty = "red \u001b[31mtext\u001b[0m and \u009b bidi \u202e";
        assertThat(write(Format.TSV, row(nasty))).doesNotContain("\u001b", "\u009b", "\u202e").contains("\\x1b[31m");
        assertThat(write(Format.TEXT, row(nasty))).doesNotContain("\u001b", "\u009b", "\u202e").contains("\\u202e");
    }

    @Test
    void jsonlIsOneObjectPerLineWithEscapedControls() {
        String out = write(Format.JSONL, row("say \"hi\"\u001b"), row("two"));
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("{\"file\":\"a.txt\",\"line\":3,\"text\":\"say \\\"hi\\\"\\u001B\",\"matches\":[[0,2],[5,7]]}");
    }

    @Test
    void jsonIsOneDocumentWithResultsAndTotals() {
        assertThat(write(Format.JSON, row("x"))).isEqualTo(
                "{\"results\":[{\"file\":\"a.txt\",\"line\":3,\"text\":\"x\",\"matches\":[[0,2],[5,7]]}],\"totals\":{\"speakers\":1}}\n");
    }

    @Test
    void closedOutputIsReportedNotSwallowed() {
        Stdout out = new Stdout(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        });
        ResultWriter<Row> w = ResultWriters.create(Format.JSONL, out, ROWS, new Style(false));
        w.write(row("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.finish(new Totals.Speakers(0))).isInstanceOf(OutputClosedException.class);
    }

    /** What a stream has been given so far. */
    private static final class Recording extends java.io.OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            bytes.write(b);
        }
    }

    @Test
    void linesArePassedOnWholeAndAJsonDocumentOnlyWhenComplete() {
        String big = "word ".repeat(1000);
        Recording lines = new Recording();
        ResultWriter<Row> jsonl = ResultWriters.create(Format.JSONL, new Stdout(lines), ROWS, new Style(false));
        Recording document = new Recording();
        ResultWriter<Row> json = ResultWriters.create(Format.JSON, new Stdout(document), ROWS, new Style(false));
        for (int i = 0; i < 100; i++) {
            jsonl.write(row(big));
            json.write(row(big));
        }
        String passed = lines.bytes.toString(StandardCharsets.UTF_8);
        assertThat(passed).isNotEmpty().endsWith("}\n"); // whole lines, long before the end
        assertThat(document.bytes.size()).isZero();      // nothing that would not parse
        json.finish(new Totals.Speakers(0));
        assertThat(document.bytes.toString(StandardCharsets.UTF_8)).startsWith("{\"results\":[").endsWith("}\n");
    }
}
