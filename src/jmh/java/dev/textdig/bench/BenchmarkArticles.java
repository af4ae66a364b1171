package dev.textdig.bench;

import dev.textdig.article.ArticleReader;
import dev.textdig.article.Kind;
import dev.textdig.article.Paragraph;
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
     * An article of at least {@code size} bytes read as one article is: the sample's paragraphs
     * before its text (menu, title) once, its text (from the lead or first body paragraph to the
     * last body paragraph) shuffled again and again with a fixed seed, so every run reads the same,
     * and what follows the text (author, source, page furniture) once at the end. Furniture
     * shuffled into the text would turn most of it into furniture, which the commands skip.
     */
    static byte[] recombined(byte[] sample, int size) {
        String text = new String(sample, StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = ArticleReader.fromText("sample", text, null).paragraphs();
        int first = 0;
        while (first < paragraphs.size() && paragraphs.get(first).kind() != Kind.LEAD && paragraphs.get(first).kind() != Kind.BODY) {
            first++;
        }
        int last = paragraphs.size() - 1;
        while (last > first && paragraphs.get(last).kind() != Kind.BODY) {
            last--;
        }
        List<String> body = new ArrayList<>();
        for (Paragraph p : paragraphs.subList(first, last + 1)) {
            body.add(p.text());
        }
        StringBuilder out = new StringBuilder(size + 4096);
        paragraphs.subList(0, first).forEach(p -> out.append(p.text()).append("\n\n"));
        Random random = new Random(11);
        while (out.length() < size) {
            Collections.shuffle(body, random);
            body.forEach(p -> out.append(p).append("\n\n"));
        }
        paragraphs.subList(last + 1, paragraphs.size()).forEach(p -> out.append(p.text()).append("\n\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
