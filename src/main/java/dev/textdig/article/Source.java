package dev.textdig.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One article to read: a file, or standard input.
 *
 * @param name the name as the user gave it ({@code -} for stdin); it is what results report
 * @param path the file, or null for stdin
 */
public record Source(String name, Path path) {
    public static final String STDIN = "-";

    /**
     * The largest article read, in bytes. An article is rarely over a megabyte; past this it is an
     * archive or a device ({@code /dev/zero}), and reading on would only exhaust memory.
     */
    public static final int MAX_BYTES = 128 * 1024 * 1024;

    /**
     * A file an option names ({@code --stopwords FILE}), opened by its bytes when its name is not
     * UTF-8, as FILE arguments are ({@link RawNames}).
     */
    public static Source named(String arg) {
        RawNames.Given given = RawNames.argument(arg);
        // Named by its path's form, as when the option was a Path; by its bytes when they were looked up.
        return new Source(given.name().equals(arg) ? given.path().toString() : given.name(), given.path());
    }

    /** Reads every byte of the source, up to {@link #MAX_BYTES}. */
    public byte[] readAll(InputStream stdin) {
        try {
            if (path == null) {
                return readCapped(stdin);
            }
            BasicFileAttributes attributes = LongPaths.attributes(path); // a file below a deep folder too
            if (attributes.isRegularFile() && attributes.size() > MAX_BYTES) {
                throw tooLarge(); // known before reading a byte
            }
            try (InputStream in = LongPaths.newInputStream(path)) {
                return readCapped(in); // a device or a pipe tells its size only by ending
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (OutOfMemoryError e) {
            throw new InputException(name + ": too large to read into memory (give the JVM more with TEXTDIG_JAVA_OPTS=-Xmx...)");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private InputException tooLarge() {
        return new InputException(name + ": larger than " + (MAX_BYTES >> 20) + " MB, too large for one article");
    }
}
