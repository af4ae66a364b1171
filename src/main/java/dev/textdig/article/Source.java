package dev.textdig.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One article to read: a file, or standard input.
 *
 * @param name the name as the user gave it ({@code -} for stdin); it is what results report
 * @param path the file, or null for stdin
 */
public record Source(String name, Path path) {
    public static final String STDIN = "-";

    public boolean isStdin() {
        return path == null;
    }

    /** Reads every byte of the source. */
    public byte[] readAll(InputStream stdin) {
        try {
            if (path == null) {
                return stdin.readAllBytes();
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (OutOfMemoryError e) {
            throw new InputException(name + ": too large to read into memory");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
    }
}
