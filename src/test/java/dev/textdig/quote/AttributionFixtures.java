package dev.textdig.quote;

import dev.textdig.article.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker-attribution fixtures in {@code src/test/resources/dev/textdig/quote/attribution-*.txt}:
 * passages the team wrote, each testing one named phenomenon, with the quotations and speakers
 * expected. The file format is described at the top of each file.
 */
final class AttributionFixtures {
    static final String EN = "attribution-en.txt";
    static final String FR = "attribution-fr.txt";

    /** One expected quotation: the first words inside its marks, and its speaker (null for none). */
    record Expected(String prefix, String speaker) {
        String line() {
            return normalize(prefix) + " => " + (speaker == null ? "null" : normalize(speaker));
        }
    }

    /**
     * @param id         E01, F17, ...
     * @param phenomenon what the passage tests, as its header names it (with the typography in brackets)
     */
    record Passage(String file, String id, String phenomenon, String text, List<Expected> expected, Language language) {
        /** The phenomenon's name without the details in parentheses or brackets: {@code temps-verbe}. */
        String group() {
            return phenomenon.split("[\\s(\\[]", 2)[0];
        }

        @Override
        public String toString() {
            return id + ": " + phenomenon;
        }
    }

    private AttributionFixtures() {
    }

    static List<Passage> load(String file, Language language) {
        String content;
        try (InputStream in = AttributionFixtures.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Passage> passages = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].startsWith("=== ")) {
            i++;
        }
        while (i < lines.length) {
            String header = lines[i].substring(4).strip();
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": header without ':' " + header);
            }
            String id = header.substring(0, colon).strip();
            String phenomenon = header.substring(colon + 1).strip();
            i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.length && !lines[i].equals("---")) {
                if (lines[i].startsWith("=== ")) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": passage " + id + " has no '---' line");
                }
                text.append(lines[i]).append('\n');
                i++;
            }
            i++;
            List<Expected> expected = new ArrayList<>();
            while (i < lines.length && !lines[i].startsWith("=== ")) {
                String line = lines[i].strip();
                i++;
                if (line.isEmpty()) {
                    continue;
                }
                int arrow = line.lastIndexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException(file + ":" + i + ": expected '<quotation start> => <speaker>', got " + line);
                }
                String prefix = line.substring(0, arrow).strip().replaceAll("(…|\\.\\.\\.)$", "").strip();
                String speaker = line.substring(arrow + 4).strip();
                expected.add(new Expected(prefix, speaker.equals("null") ? null : speaker));
            }
            passages.add(new Passage(file, id, phenomenon, text.toString().strip() + "\n", expected, language));
        }
        return passages;
    }

    /** Typography the comparison ignores: kinds of space and of apostrophe. */
    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace('’', '\'')
                .replaceAll("\\s+", " ").strip();
    }
}
