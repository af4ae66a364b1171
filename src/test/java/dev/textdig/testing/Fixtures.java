package dev.textdig.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team's own fixtures and the sample article. */
public final class Fixtures {
    /** The sample article, as shipped in {@code sample/}. */
    public static final Path SAMPLE = Path.of("sample", "macron-nagorno-karabakh.txt");

    private Fixtures() {
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
