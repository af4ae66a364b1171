package dev.textdig.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Standard output as a UTF-8 writer that reports a closed pipe instead of swallowing it, as
 * {@code PrintStream} would: the run then stops at once.
 *
 * <p>Text is passed on only in whole records ({@link #endRecord}; {@link #flush} ends one too), so a
 * run stopped by a signal leaves whole records behind, never half a line, even when the reader has
 * stopped reading and a write is blocked on a full pipe. Records are written in pieces of at most
 * {@value #ATOMIC} bytes that hold whole records only: a pipe takes such a write all at once or not
 * at all (POSIX {@code PIPE_BUF}), so whatever moment the process ends at, the reader has whole
 * records. A record larger than that (a long paragraph, a {@code json} document) is started only
 * while the run is not stopping, and {@link #stop} then waits for it to be taken in full: nothing is
 * passed on that is not finished.
 */
public final class Stdout extends Writer {
    private static final int PASS_ON_AT = 1 << 16;
    /** What a pipe takes in one piece: PIPE_BUF, 4096 bytes on Linux. */
    static final int ATOMIC = 4096;

    private final OutputStream out;
    private final Predicate<IOException> readerGone;
    /** The record being written. */
    private final StringBuilder buffer = new StringBuilder();
    /** Whole records, encoded, not yet passed on. */
    private final List<byte[]> records = new ArrayList<>();
    private int pendingBytes;
    /** Guards {@link #stopped} and {@link #committed}; {@link #stop} waits on it. */
    private final Object state = new Object();
    private boolean stopped;
    /** A record larger than {@link #ATOMIC} is being written: it must be finished. */
    private boolean committed;

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

    /** A record ends here: the records so far are passed on once there are enough of them. */
    public void endRecord() {
        closeRecord();
        if (pendingBytes >= PASS_ON_AT) {
            passOn(false);
        }
    }

    /** Ends the record in progress, if any, and passes every record on. */
    @Override
    public void flush() {
        closeRecord();
        passOn(true);
    }

    private void closeRecord() {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            records.add(bytes);
            pendingBytes += bytes.length;
        }
    }

    private void passOn(boolean flush) {
        try {
            int i = 0;
            while (i < records.size()) {
                byte[] first = records.get(i);
                if (first.length > ATOMIC) {
                    writeWhole(first);
                    i++;
                    continue;
                }
                // As many whole records as fit in one piece the pipe takes at once.
                int size = 0;
                int j = i;
                while (j < records.size() && records.get(j).length <= ATOMIC && size + records.get(j).length <= ATOMIC) {
                    size += records.get(j).length;
                    j++;
                }
                byte[] piece = new byte[size];
                int at = 0;
                for (int k = i; k < j; k++) {
                    byte[] r = records.get(k);
                    System.arraycopy(r, 0, piece, at, r.length);
                    at += r.length;
                }
                synchronized (state) {
                    if (stopped) {
                        break;
                    }
                }
                out.write(piece); // taken whole or not at all: no need to hold a stop back
                i = j;
            }
            records.clear();
            pendingBytes = 0;
            if (flush) {
                synchronized (state) {
                    if (stopped) {
                        return;
                    }
                }
                out.flush();
            }
        } catch (IOException e) {
            records.clear();
            pendingBytes = 0;
            synchronized (state) {
                stopped = true; // nothing more can be written either way
                committed = false;
                state.notifyAll();
            }
            if (readerGone.test(e)) {
                throw new OutputClosedException(e);
            }
            throw new OutputFailedException(String.valueOf(e.getMessage()), e);
        }
    }

    /** A record too large for one piece: begun only if not stopping, then finished whatever comes. */
    private void writeWhole(byte[] record) throws IOException {
        synchronized (state) {
            if (stopped) {
                return;
            }
            committed = true;
        }
        try {
            out.write(record);
        } finally {
            synchronized (state) {
                committed = false;
                state.notifyAll();
            }
        }
    }

    /**
     * Ends output for good, for a shutdown on a signal: what is not passed on yet is dropped, and a
     * large record already begun is waited for until the reader has taken it (or has gone away,
     * which ends the write too), so the output never ends inside a record. A reader that neither
     * reads nor closes holds the exit up for as long, as it would hold up any write.
     */
    public void stop() {
        synchronized (state) {
            stopped = true;
            while (committed) {
                try {
                    state.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        flush();
    }
}
