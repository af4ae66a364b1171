package dev.textdig.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Standard output as a UTF-8 writer that reports a closed pipe instead of swallowing it, as
 * {@code PrintStream} would: the run then stops at once.
 *
 * <p>Text is passed on only where a record ends ({@link #endRecord}) or on {@link #flush}, and
 * {@link #stop} waits for a pass in progress, so a run interrupted by a signal leaves whole
 * records behind, never half a line.
 */
public final class Stdout extends Writer {
    private static final int PASS_ON_AT = 1 << 16;

    private final OutputStream out;
    private final Predicate<IOException> readerGone;
    private final StringBuilder buffer = new StringBuilder();
    /** Fair: once the write in progress ends, a waiting {@link #stop} goes before the next pass. */
    private final ReentrantLock passing = new ReentrantLock(true);
    private volatile boolean stopped;

    /** Output where a failed write means the reader went away when the error says so ("Broken pipe"). */
    public Stdout(OutputStream out) {
        this(out, Stdout::saysReaderGone);
    }

    /**
     * @param readerGone whether a failed write means the reader went away ({@code | head -1}, a
     *                   closed descriptor), which ends the run quietly; any other failure (a full
     *                   disk) is an error
     */
    public Stdout(OutputStream out, Predicate<IOException> readerGone) {
        this.out = out;
        this.readerGone = readerGone;
    }

    /** From the error's own words, the best a stream can tell. */
    public static boolean saysReaderGone(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("bad file descriptor") || m.contains("stream closed");
    }

    @Override
    public void write(char[] chars, int off, int len) {
        buffer.append(chars, off, len);
    }

    @Override
    public void write(String s) {
        buffer.append(s);
    }

    /** A record ends here: the text so far is passed on once there is enough of it. */
    public void endRecord() {
        if (buffer.length() >= PASS_ON_AT) {
            passOn(false);
        }
    }

    @Override
    public void flush() {
        passOn(true);
    }

    private void passOn(boolean flush) {
        passing.lock();
        try {
            if (stopped) {
                buffer.setLength(0);
                return;
            }
            if (!buffer.isEmpty()) {
                out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
                buffer.setLength(0);
            }
            if (flush) {
                out.flush();
            }
        } catch (IOException e) {
            buffer.setLength(0);
            stopped = true; // nothing more can be written either way
            if (readerGone.test(e)) {
                throw new OutputClosedException(e);
            }
            throw new OutputFailedException(String.valueOf(e.getMessage()), e);
        } finally {
            passing.unlock();
        }
    }

    /**
     * Ends output for good, for a shutdown on a signal: waits up to {@code waitMillis} for a pass in
     * progress to finish (a reader that has stopped reading can hold it up), then drops whatever
     * comes later.
     */
    public void stop(long waitMillis) {
        boolean locked = false;
        try {
            locked = passing.tryLock(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped = true;
        if (locked) {
            passing.unlock();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
