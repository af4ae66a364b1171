package dev.textdig.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 by default, UTF-16 when a UTF-16 byte-order mark says so,
 * invalid sequences replaced by U+FFFD (the first one's byte offset is reported), CRLF and CR line
 * ends normalised to LF, as Python's text mode does, so that offsets agree with what scripts count.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), -1, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), -1, false);
        }
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new DecodedText("", -1, true);
            }
        }
        long firstBad = firstInvalidUtf8(bytes, from);
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return new DecodedText(normaliseLineEnds(text), firstBad, false);
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
