package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawNamesTest {

    @Test
    void bytesThatAreNotUtf8AreShownAsEscapesAndTheRestAsText() {
        assertThat(RawNames.display(new byte[] {'a', (byte) 0xFF, 'b'})).isEqualTo("a\\xffb");
        assertThat(RawNames.display("café/ü.txt".getBytes(StandardCharsets.UTF_8))).isEqualTo("café/ü.txt");
        // A sequence cut short, an overlong one, a lone continuation byte.
        assertThat(RawNames.display(new byte[] {(byte) 0xE2, (byte) 0x80, 'x', (byte) 0xC0, (byte) 0xAF, (byte) 0x80}))
                .isEqualTo("\\xe2\\x80x\\xc0\\xaf\\x80");
    }

    @Test
    void aNameMadeOfBytesOpensAndIsFoundInItsFolderWithTheSameBytes(@TempDir Path dir) throws IOException {
        byte[] raw = (dir + "/bad\u0001name.txt").getBytes(StandardCharsets.UTF_8);
        raw[raw.length - 9] = (byte) 0xFF; // the \u0001 becomes a byte that is not UTF-8
        Path path = RawNames.fromBytes(raw);
        Files.writeString(path, "The council met.\n");
        try (var listing = Files.list(dir)) {
            Path found = listing.findFirst().orElseThrow();
            assertThat(found).isEqualTo(path);
            assertThat(found.toString()).contains("\uFFFD"); // what Java shows: a name that opens nothing
            assertThat(RawNames.display(dir.relativize(found))).isEqualTo("bad\\xffname.txt");
        }
        List<Source> sources = Sources.resolve(List.of(dir.toString()), false);
        assertThat(sources).extracting(Source::name).containsExactly(dir + "/bad\\xffname.txt");
        assertThat(new String(sources.get(0).readAll(null), StandardCharsets.UTF_8)).isEqualTo("The council met.\n");
    }

    /** This JVM's command line does not hold the name: its bytes are lost, and the message says so. */
    @Test
    void aNameWhoseBytesWereLostIsOneClearError() {
        assertThatThrownBy(() -> Sources.resolve(List.of("bad\uFFFDname.txt"), false))
                .isInstanceOf(InputException.class)
                .hasMessage("bad\uFFFDname.txt: no such file or folder (the name is not valid UTF-8, and its bytes were lost"
                        + " before textdig saw them: it finds them on Linux only; rename the file, or give its folder)");
        assertThatThrownBy(() -> Sources.resolve(List.of("plain-missing.txt"), false))
                .hasMessage("plain-missing.txt: no such file or folder");
    }
}
