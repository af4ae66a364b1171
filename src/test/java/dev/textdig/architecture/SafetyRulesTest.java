package dev.textdig.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules about what textdig's own classes may use, read from their compiled constant pools. */
class SafetyRulesTest {
    private static final Path CLASSES = Path.of("target", "classes", "dev", "textdig");

    private static List<String> classesReferring(String internalName) throws IOException {
        byte[] needle = internalName.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> contains(read(f), needle))
                    .map(f -> CLASSES.relativize(f).toString())
                    .toList();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theClassesAreThereToCheck() throws IOException {
        assertThat(classesReferring("dev/textdig/cli/Main")).isNotEmpty();
    }

    /** Commons Text's interpolation (${...} lookups: script, dns, url) must never see input text. */
    @Test
    void noInterpolationFromCommonsText() throws IOException {
        assertThat(classesReferring("org/apache/commons/text/StringSubstitutor")).isEmpty();
        assertThat(classesReferring("org/apache/commons/text/lookup/")).isEmpty();
    }

    /** picocli is the command line's business: only {@code cli/} knows it. */
    @Test
    void picocliOnlyInTheCommandLine() throws IOException {
        assertThat(classesReferring("picocli/")).isNotEmpty().allMatch(c -> c.startsWith("cli/"));
    }

    /**
     * Lucene (analysis, index, queries, highlighting) only in {@code index/}, behind the
     * {@code ArticleIndex} interface, so an index on disk or in Solr can stand in for it.
     */
    @Test
    void luceneOnlyInTheIndex() throws IOException {
        assertThat(classesReferring("org/apache/lucene/")).isNotEmpty().allMatch(c -> c.startsWith("index/"));
    }

    /** Formats are the output's business: the results' views, the writers and terminal-safe text live in {@code output/}. */
    @Test
    void jsonWritingOnlyInTheOutput() throws IOException {
        assertThat(classesReferring("com/fasterxml/jackson/")).isNotEmpty().allMatch(c -> c.startsWith("output/"));
    }
}
