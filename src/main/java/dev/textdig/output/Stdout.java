package dev.textdig.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a UTF-8 writer that reports a closed pipe instead of swallowing it, as
 * {@code PrintStream} would: the run then stops at once.
 */
public final class Stdout extends Writer {
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder();
    private static final int FLUSH_AT = 1 << 16;

    public Stdout(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        buffer.append(chars, off, len);
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public void write(String s) {
        buffer.append(s);
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public void flush() {
        try {
            if (!buffer.isEmpty()) {
                out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
                buffer.setLength(0);
            }
            out.flush();
        } catch (IOException e) {
            buffer.setLength(0);
            throw new OutputClosedException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
