package dev.textdig.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.textdig.article.Span;
import java.util.List;
import java.util.Map;

/** The {@code jsonl} and {@code json} formats, written with jackson-core's streaming generator. */
final class JsonWriters {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriters() {
    }

    /** Scores with at most 4 decimals: enough to rank, short to read. */
    static double roundScore(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }

    static String formatScore(double d) {
        double r = roundScore(d);
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) + ".0" : Double.toString(r);
    }

    static JsonGenerator generator(Stdout out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.setCharacterEscapes(TerminalSafeEscapes.INSTANCE);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeObject(JsonGenerator g, Row row) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(roundScore(d));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Span s) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Row nested) {
            writeObject(g, nested);
        } else {
            g.writeString(v.toString());
        }
    }

    /** Control characters (C0, DEL, C1) and bidirectional overrides as {@code \\uXXXX}: valid JSON, safe on a terminal. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        private TerminalSafeEscapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return TerminalText.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** One JSON object per line. */
    static final class Lines<T> implements ResultWriter<T> {
        private final Stdout out;
        private final View<T> view;

        Lines(Stdout out, View<T> view) {
            this.out = out;
            this.view = view;
        }

        @Override
        public void write(T result) {
            try (JsonGenerator g = generator(out)) {
                writeObject(g, view.fields(result));
            } catch (IOException e) {
                throw new OutputClosedException(e);
            }
            out.write("\n");
            out.endRecord();
        }

        @Override
        public void finish(Totals totals) {
            out.flush();
        }
    }

    /** One document: {@code {"results": [...], "totals": {...}}}. */
    static final class Document<T> implements ResultWriter<T> {
        private final Stdout out;
        private final View<T> view;
        private final JsonGenerator g;

        Document(Stdout out, View<T> view) {
            this.out = out;
            this.view = view;
            this.g = generator(out);
            try {
                g.writeStartObject();
                g.writeFieldName("results");
                g.writeStartArray();
            } catch (IOException e) {
                throw new OutputClosedException(e);
            }
        }

        @Override
        public void write(T result) {
            try {
                // No endRecord: the document is passed on whole at finish, so a run stopped
                // half-way (a signal) leaves nothing rather than a document that does not parse.
                writeObject(g, view.fields(result));
            } catch (IOException e) {
                throw new OutputClosedException(e);
            }
        }

        @Override
        public void finish(Totals totals) {
            try {
                g.writeEndArray();
                g.writeFieldName("totals");
                writeObject(g, totals.fields());
                g.writeEndObject();
                g.close();
            } catch (IOException e) {
                throw new OutputClosedException(e);
            }
            out.write("\n");
            out.flush();
        }
    }
}
