package dev.textdig.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The team's own fixtures and the sample article. */
public final class Fixtures {
    /** The sample article, as shipped in {@code sample/}. */
    public static final Path SAMPLE = Path.of("sample", "macron-nagorno-karabakh.txt");

    private static final String[] WORDS = ("harbour council strike minister ferry pilots union vote budget river "
            + "school bridge court winter market police election farmers storm museum").split(" ");

    private Fixtures() {
    }

    /**
     * Writes {@code count} articles of invented sentences (nobody's text) into {@code folder}, as
     * {@code article-0000.txt} and on: twelve paragraphs of four sentences each, enough that indexing
     * a few hundred takes a while. The same seed gives the same articles.
     *
     * @param quoted whether each sentence is a quotation with a speaker ("“The x and the y met on Monday,” the z said.")
     */
    public static void writeInventedArticles(Path folder, int count, long seed, boolean quoted) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        String open = quoted ? "“" : "";
        String close = quoted ? ",”" : ",";
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder("The " + word(random) + " report number " + a + "\n\n");
            for (int p = 0; p < 12; p++) {
                for (int s = 0; s < 4; s++) {
                    text.append(open).append("The ").append(word(random)).append(" and the ").append(word(random))
                            .append(" met on Monday").append(close).append(" the ").append(word(random)).append(" said. ");
                }
                text.append("\n\n");
            }
            Files.writeString(folder.resolve(String.format("article-%04d.txt", a)), text);
        }
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    public static Path path(String name) {
        return Path.of("src", "test", "resources", "fixtures", name);
    }

    public static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
