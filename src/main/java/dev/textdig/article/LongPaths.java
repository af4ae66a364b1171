package dev.textdig.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Opens a file whose path is longer than the system allows in one call (4,096 bytes on Linux), as
 * {@link FolderWalk} finds them below a deep folder: its folders are opened a few at a time, each
 * piece relative to the folder opened before it ({@code openat}), which is how grep -r reads it.
 * Shorter paths are opened as usual. Links on the way are followed, as when the path is opened
 * whole.
 */
public final class LongPaths {
    /**
     * The longest path opened whole: macOS's limit (1,024 bytes with the closing NUL), below
     * Linux's, so that one number serves both; paths between the two are rare and only cost a
     * few more opens.
     */
    private static final int WHOLE = 1023;

    private LongPaths() {
    }

    /** The file's attributes, following a link, as {@link Files#readAttributes(Path, Class, java.nio.file.LinkOption...)}. */
    public static BasicFileAttributes attributes(Path path) throws IOException {
        if (fits(path)) {
            return Files.readAttributes(path, BasicFileAttributes.class);
        }
        try (SecureDirectoryStream<Path> folder = folderOf(path)) {
            return folder.getFileAttributeView(path.getFileName(), BasicFileAttributeView.class).readAttributes();
        }
    }

    /** The file's attributes, following a link, or null when nothing can be read there. */
    public static BasicFileAttributes attributesIfAny(Path path) {
        try {
            return attributes(path);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the path names a folder, following a link, as {@link Files#isDirectory}. */
    public static boolean isDirectory(Path path) {
        BasicFileAttributes a = attributesIfAny(path);
        return a != null && a.isDirectory();
    }

    /** The folder's listing, as {@link Files#newDirectoryStream(Path)}. */
    public static DirectoryStream<Path> newDirectoryStream(Path folder) throws IOException {
        return fits(folder) ? Files.newDirectoryStream(folder) : open(folder);
    }

    /** Whether the path names a regular file, following a link, as {@link Files#isRegularFile}. */
    public static boolean isRegularFile(Path path) {
        BasicFileAttributes a = attributesIfAny(path);
        return a != null && a.isRegularFile();
    }

    /** Reads the file, as {@link Files#newInputStream}. */
    public static InputStream newInputStream(Path path) throws IOException {
        if (fits(path)) {
            return Files.newInputStream(path);
        }
        try (SecureDirectoryStream<Path> folder = folderOf(path)) {
            // the file stays open once its folder is closed
            return Channels.newInputStream(folder.newByteChannel(path.getFileName(), Set.of(StandardOpenOption.READ)));
        }
    }

    /** The file's folder, opened in pieces that each fit the limit. */
    private static SecureDirectoryStream<Path> folderOf(Path path) throws IOException {
        return open(path.getParent());
    }

    /** A folder, opened in pieces that each fit the limit. */
    private static SecureDirectoryStream<Path> open(Path parent) throws IOException {
        int end = longestFit(parent, 0, parent.getRoot() == null ? 0 : 1);
        Path firstPiece = parent.subpath(0, end);
        DirectoryStream<Path> first = Files.newDirectoryStream(parent.getRoot() == null ? firstPiece : parent.getRoot().resolve(firstPiece));
        if (!(first instanceof SecureDirectoryStream<Path> secure)) {
            first.close();
            throw new FileSystemException(parent.toString(), null, "File name too long"); // no openat here (not Linux)
        }
        SecureDirectoryStream<Path> folder = secure;
        try {
            while (end < parent.getNameCount()) {
                int start = end;
                end = longestFit(parent, start, 0);
                SecureDirectoryStream<Path> next = folder.newDirectoryStream(parent.subpath(start, end));
                folder.close();
                folder = next;
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The end of the longest run of names from {@code start} that fits, counting {@code extra} bytes before it (a root's slash). */
    private static int longestFit(Path path, int start, int extra) {
        int bytes = extra + length(path.getName(start));
        int end = start + 1; // a name alone always fits (at most 255 bytes)
        while (end < path.getNameCount() && bytes + 1 + length(path.getName(end)) <= WHOLE) {
            bytes += 1 + length(path.getName(end));
            end++;
        }
        return end;
    }

    private static boolean fits(Path path) {
        return length(path) <= WHOLE;
    }

    /**
     * At least the bytes the system sees: a name that is not UTF-8 shows each bad byte as U+FFFD,
     * three bytes here for one there, so that a path counted as fitting always does.
     */
    private static int length(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
