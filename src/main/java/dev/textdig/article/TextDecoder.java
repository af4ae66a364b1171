package dev.textdig.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 by default; UTF-16 when a byte-order mark says so (or,
 * without one, where the NUL bytes fall); Windows-1252 when the bytes are no UTF-8 at all;
 * otherwise invalid sequences replaced by U+FFFD (the first one's byte offset is reported). CRLF
 * and CR line ends are normalised to LF, as Python's text mode does, so that offsets agree with
 * what scripts count.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), -1, false, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), -1, false, false);
        }
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                Charset utf16 = utf16WithoutMark(bytes);
                if (utf16 != null) {
                    return new DecodedText(normaliseLineEnds(new String(bytes, utf16)), -1, false, false);
                }
                return new DecodedText("", -1, true, false);
            }
        }
        long firstBad = firstInvalidUtf8(bytes, from);
        if (firstBad >= 0 && !hasMultibyteUtf8(bytes, from)) {
            // Not a single UTF-8 sequence beyond ASCII, and invalid ones: the file is in a legacy
            // encoding, most often Windows-1252 (old archives, Windows editors; its “ ” are 0x93
            // 0x94), of which ISO-8859-1 is nearly a subset.
            return new DecodedText(normaliseLineEnds(new String(bytes, from, bytes.length - from, WINDOWS_1252)), -1, false, true);
        }
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return new DecodedText(normaliseLineEnds(text), firstBad, false, false);
    }

    /**
     * UTF-16 without a byte-order mark, told from binary by where its NUL bytes fall: text in a
     * Latin script has a NUL in nearly every high (or low) byte and almost none in the other.
     * Null when the bytes do not look like that.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, 8192);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = n / 2;
        if (oddNuls >= units * 0.7 && evenNuls <= units * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls >= units * 0.7 && oddNuls <= units * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the bytes hold at least one well-formed UTF-8 sequence of two to four bytes. */
    static boolean hasMultibyteUtf8(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean continued = true;
            for (int k = 1; k < length; k++) {
                continued &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continued) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Byte offset of the first malformed UTF-8 sequence, or -1. */
    static long firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isOverflow()) {
                    out.clear();
                    continue;
                }
                return -1;
            }
            out.clear();
        }
    }

    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

}
