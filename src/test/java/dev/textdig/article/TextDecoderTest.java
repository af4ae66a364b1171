package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Hi");
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        byte[] le = "\uFEFFÉté chaud\r\nfin".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFFÉté chaud".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(le).text()).isEqualTo("Été chaud\nfin");
        assertThat(TextDecoder.decode(be).text()).isEqualTo("Été chaud");
        assertThat(TextDecoder.decode(le).binary()).isFalse();
    }

    @Test
    void normalisesCrlfAndCrLineEnds() {
        assertThat(TextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void replacesInvalidUtf8AndReportsTheFirstBadByte() {
        // UTF-8 (é is C3 A9) with two broken sequences
        byte[] bytes = {'c', 'a', (byte) 0xFF, 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3};
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("ca\uFFFDfé \uFFFD");
        assertThat(decoded.firstBadByte()).isEqualTo(2);
        assertThat(decoded.legacy()).isFalse();
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldFromBinaryByWhereItsNulsFall() {
        String text = "A title\n\n“The ferry runs on Monday,” the mayor said.\n";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(text);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(TextDecoder.decode(png).binary()).isTrue();
    }

    @Test
    void bytesThatAreNoUtf8AtAllAreReadAsWindows1252() {
        // “Café” in Windows-1252: 93 43 61 66 E9 94
        byte[] bytes = {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94, ' ', (byte) 0x80, '5'};
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("“Café” €5");
        assertThat(decoded.legacy()).isTrue();
        assertThat(decoded.firstBadByte()).isEqualTo(-1);
    }

    @Test
    void validUtf8HasNoBadByte() {
        assertThat(TextDecoder.decode("naïve café 🎉".getBytes(StandardCharsets.UTF_8)).firstBadByte()).isEqualTo(-1);
    }

    @Test
    void nulBytesMeanBinary() {
        assertThat(TextDecoder.decode(new byte[] {'P', 'K', 0, 3}).binary()).isTrue();
    }
}
