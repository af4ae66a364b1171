package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths opened in pieces: here between the piece's size (1,023 bytes) and Linux's limit, so that Java can make them. */
class LongPathsTest {

    private static Path longFile(Path dir) throws Exception {
        Path folder = dir;
        for (int i = 0; i < 12; i++) {
            folder = folder.resolve("f".repeat(150) + i);
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("a.txt"), "The council met.\n");
    }

    @Test
    void aLongPathIsReadInPiecesAbsoluteOrRelative(@TempDir Path dir) throws Exception {
        Path file = longFile(dir);
        Path relative = Path.of("").toAbsolutePath().relativize(file); // ../../tmp/...: pieces with ".."
        for (Path path : new Path[] {file, relative}) {
            assertThat(path.toString().length()).isGreaterThan(1023);
            try (InputStream in = LongPaths.newInputStream(path)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("The council met.\n");
            }
            assertThat(LongPaths.attributes(path).size()).isEqualTo(17);
            assertThat(LongPaths.attributes(path).fileKey()).isEqualTo(Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
    }

    @Test
    void aMissingLongPathSaysSo(@TempDir Path dir) throws Exception {
        Path file = longFile(dir);
        assertThatThrownBy(() -> LongPaths.newInputStream(file.resolveSibling("b.txt"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> LongPaths.attributes(file.getParent().resolveSibling("gone").resolve("a.txt")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
