package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTest {
    /** Bytes without end, as /dev/zero or a runaway pipe gives them. */
    private static final InputStream ENDLESS = new InputStream() {
        @Override
        public int read() {
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            return len;
        }
    };

    @Test
    void anEndlessInputStopsAtTheLimitWithAnError() {
        Source stdin = new Source(Source.STDIN, null);
        assertThatThrownBy(() -> stdin.readAll(ENDLESS))
                .isInstanceOf(InputException.class)
                .hasMessage("-: larger than 128 MB, too large for one article");
    }

    @Test
    void anArticleUpToTheLimitIsReadWhole() {
        byte[] text = "A title\n\nSome words.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new Source(Source.STDIN, null).readAll(new ByteArrayInputStream(text))).isEqualTo(text);
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> new Source("gone.txt", java.nio.file.Path.of("/nonexistent/gone.txt")).readAll(null))
                .isInstanceOf(InputException.class)
                .hasMessage("gone.txt: no such file");
    }
}
