package dev.textdig.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The benchmark's articles, made at run time from the sample: nothing large is kept in the repository. */
final class BenchmarkArticles {
    /** Run from the project's folder, as the Maven profile does. */
    static final Path SAMPLE = Path.of("sample", "macron-nagorno-karabakh.txt");

    private BenchmarkArticles() {
    }

    /**
     * An article of at least {@code size} bytes: the sample's first two paragraphs (menu and title)
     * once, then its other paragraphs shuffled again and again with a fixed seed, so every run reads
     * the same.
     */
    static byte[] recombined(byte[] sample, int size) {
        String[] paragraphs = new String(sample, StandardCharsets.UTF_8).split("\n\\s*\n");
        List<String> body = new ArrayList<>(List.of(paragraphs).subList(2, paragraphs.length));
        Random random = new Random(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 4096);
        out.writeBytes((paragraphs[0].strip() + "\n\n" + paragraphs[1].strip() + "\n\n").getBytes(StandardCharsets.UTF_8));
        while (out.size() < size) {
            Collections.shuffle(body, random);
            for (String p : body) {
                out.writeBytes((p.strip() + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
