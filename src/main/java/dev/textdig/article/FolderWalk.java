package dev.textdig.article;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The files below a folder, found folder by folder as grep -r finds them: each folder is opened
 * relative to its open parent ({@link SecureDirectoryStream}, {@code openat}), never by its whole
 * path, so that a folder deeper than the system's path limit (4,096 bytes on Linux) is walked too.
 * At most one folder per level is open at a time.
 *
 * <p>Hidden files and folders (a name starting with a dot: {@code .git}) are not walked, as
 * ripgrep and fd do. The folder given is followed if it is a symbolic link, as grep -r and ripgrep
 * do; folders linked below it are not (no loops), as grep -r does; files linked below it are read.
 */
final class FolderWalk {
    /** A folder or file the walk could not read: its path below the folder given (empty for that folder), and why. */
    static final class Unreadable extends Exception {
        private final Path where;

        Unreadable(Path where, IOException cause) {
            super(cause);
            this.where = where;
        }

        /** The path below the folder given; empty for the folder itself. */
        Path where() {
            return where;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** An open folder on the way down: its path below the start, and where its listing stands. */
    private record Level(Path relative, DirectoryStream<Path> stream, Iterator<Path> entries) {
    }

    private FolderWalk() {
    }

    /**
     * Every file below the folder, by its path relative to it, sorted by the path's bytes.
     *
     * @throws Unreadable for the first folder (or entry) that cannot be read; the walk stops there
     */
    static List<Path> files(Path dir) throws Unreadable {
        Path none = dir.getFileSystem().getPath("");
        List<Path> files = new ArrayList<>();
        Deque<Level> open = new ArrayDeque<>();
        try {
            open.push(level(none, () -> LongPaths.newDirectoryStream(dir))); // follows a link: the folder given
            while (!open.isEmpty()) {
                Level at = open.peek();
                Path entry = next(at);
                if (entry == null) {
                    close(open.pop());
                    continue;
                }
                Path name = entry.getFileName();
                Path relative = at.relative().resolve(name);
                if (name.toString().startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = attributes(at.stream(), entry, relative);
                if (attributes == null) {
                    continue; // gone since it was listed
                }
                if (attributes.isDirectory()) {
                    open.push(level(relative, () -> subfolder(at.stream(), entry)));
                } else if (attributes.isRegularFile()) {
                    files.add(relative);
                } else if (attributes.isSymbolicLink() && linksToAFile(at.stream(), entry)) {
                    files.add(relative);
                }
            }
        } finally {
            open.forEach(FolderWalk::close);
        }
        files.sort(null); // a path compares by its bytes
        return files;
    }

    private interface Opener {
        DirectoryStream<Path> open() throws IOException;
    }

    private static Level level(Path relative, Opener opener) throws Unreadable {
        try {
            DirectoryStream<Path> stream = opener.open();
            return new Level(relative, stream, stream.iterator());
        } catch (IOException e) {
            throw new Unreadable(relative, e);
        }
    }

    /** The next entry of the folder, or null at its end. */
    private static Path next(Level level) throws Unreadable {
        try {
            return level.entries().hasNext() ? level.entries().next() : null;
        } catch (DirectoryIteratorException e) {
            throw new Unreadable(level.relative(), e.getCause());
        }
    }

    /** A real folder below (a link is not followed), opened relative to its parent where the system allows. */
    private static DirectoryStream<Path> subfolder(DirectoryStream<Path> parent, Path entry) throws IOException {
        if (parent instanceof SecureDirectoryStream<Path> secure) {
            return secure.newDirectoryStream(entry.getFileName(), LinkOption.NOFOLLOW_LINKS);
        }
        return Files.newDirectoryStream(entry); // no openat (not Linux): by its path
    }

    /** The entry's own attributes (a link's, not its target's); null if it is gone since it was listed. */
    private static BasicFileAttributes attributes(DirectoryStream<Path> parent, Path entry, Path relative) throws Unreadable {
        try {
            return read(parent, entry, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new Unreadable(relative, e);
        }
    }

    /** Read relative to the open folder where the system allows ({@code fstatat}), else by the entry's path. */
    private static BasicFileAttributes read(DirectoryStream<Path> parent, Path entry, LinkOption... options) throws IOException {
        if (parent instanceof SecureDirectoryStream<Path> secure) {
            return secure.getFileAttributeView(entry.getFileName(), BasicFileAttributeView.class, options).readAttributes();
        }
        return Files.readAttributes(entry, BasicFileAttributes.class, options);
    }

    /** Whether a link leads to a regular file; a broken link or a loop does not, as {@link Files#isRegularFile} says. */
    private static boolean linksToAFile(DirectoryStream<Path> parent, Path link) {
        try {
            return read(parent, link).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(Level level) {
        try {
            level.stream().close();
        } catch (IOException e) {
            // a folder read to its end, or left on an error: nothing is lost
        }
    }
}
