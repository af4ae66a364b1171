package dev.textdig.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import dev.textdig.export.FlatDocument;
import java.util.Map;

/** A document's fields as one line of JSON, written with jackson-core's streaming generator. */
public final class DocumentJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DocumentJson() {
    }

    public static String of(FlatDocument doc) {
        return of(doc.fields());
    }

    public static String of(Map<String, Object> fields) {
        StringWriter s = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(s)) {
            write(g, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /** Writes the fields as one object: strings, whole numbers, lists, maps (nested). */
    public static void write(JsonGenerator g, Map<String, ?> fields) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case List<?> list -> {
                g.writeStartArray();
                for (Object o : list) {
                    value(g, o);
                }
                g.writeEndArray();
            }
            case Map<?, ?> map -> write(g, (Map<String, ?>) map);
            default -> g.writeString(v.toString());
        }
    }
}
