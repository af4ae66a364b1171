package dev.textdig.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands the command line's FILE arguments into articles to read, as grep does. */
public final class Sources {
    private Sources() {
    }

    /**
     * @param args        the FILE arguments; {@code -} is standard input
     * @param stdinIsPipe whether stdin is not a terminal; with no FILE it is then read
     */
    public static List<Source> resolve(List<String> args, boolean stdinIsPipe) {
        return resolve(args, stdinIsPipe, e -> {
            throw e;
        });
    }

    /**
     * As grep does with several files: an argument that cannot be read goes to {@code unreadable}
     * and the others are still resolved.
     *
     * @param unreadable receives the error of each argument that names nothing readable
     */
    public static List<Source> resolve(List<String> args, boolean stdinIsPipe, Consumer<InputException> unreadable) {
        if (args == null || args.isEmpty()) {
            if (!stdinIsPipe) {
                throw new InputException("no input: give FILE arguments or pipe an article on stdin (see --help)");
            }
            return List.of(new Source(Source.STDIN, null));
        }
        List<Source> sources = new ArrayList<>();
        for (String typed : args) {
            try {
                sources.addAll(resolve(typed));
            } catch (InputException e) {
                unreadable.accept(e);
            }
        }
        return sources;
    }

    /** The sources one FILE argument names. */
    private static List<Source> resolve(String typed) {
        String arg = typed;
        if (arg.equals(Source.STDIN)) {
            return List.of(new Source(Source.STDIN, null));
        }
        if (arg.isEmpty()) {
            throw new InputException("'': no such file or folder (the name is empty)");
        }
        RawNames.Given given = RawNames.argument(arg); // a name that is not UTF-8 keeps its bytes
        Path path = given.path(); // drops a trailing slash: checked below, as the system would
        arg = given.name();
        if (Files.isDirectory(path)) {
            List<Path> files = textFilesUnder(path, arg);
            if (files.isEmpty()) {
                throw new InputException(arg + ": folder has no .txt files");
            }
            List<Source> sources = new ArrayList<>(files.size());
            for (Path file : files) {
                sources.add(new Source(displayName(arg, path, file), file));
            }
            return sources;
        } else if (!Files.exists(path)) {
            throw new InputException(arg + ": no such file or folder");
        } else if (arg.endsWith("/")) {
            throw new InputException(arg + ": not a directory"); // article.txt/, as cat and grep say
        } else if (!Files.isReadable(path)) {
            throw new InputException(arg + ": permission denied");
        }
        return List.of(new Source(arg, path));
    }

    /**
     * Every {@code *.txt} file below the folder. A folder given as a symbolic link is followed, as
     * grep -r and ripgrep do; folders linked below it are not (no loops), as grep -r does.
     */
    private static List<Path> textFilesUnder(Path dir, String arg) {
        // "link/." names the folder the link points to, and keeps the names below it as typed.
        Path start = Files.isSymbolicLink(dir) ? dir.resolve(".") : dir;
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .map(p -> start == dir ? p : dir.resolve(start.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw folderError(arg, dir, e);
        } catch (UncheckedIOException e) {
            throw folderError(arg, dir, e.getCause());
        }
    }

    /** Names the folder that failed, below the one given: {@code news/private: permission denied}. */
    private static InputException folderError(String arg, Path dir, IOException e) {
        String where = arg;
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            where = displayName(arg, dir, Path.of(fs.getFile()));
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(where + ": permission denied");
        }
        // e.g. "File name too long": a path past the system's limit (4,096 bytes on Linux)
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : null;
        return new InputException(where + ": cannot read folder"
                + (reason == null ? "" : ": " + reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1)));
    }

    /** The folder argument as typed, joined with the file's path below it: {@code news/2024/a.txt}. */
    private static String displayName(String arg, Path dir, Path file) {
        String rel = RawNames.display(dir.relativize(file)); // bytes that are not UTF-8 as \\xHH
        if (rel.isEmpty()) {
            return arg;
        }
        return arg.endsWith("/") ? arg + rel : arg + "/" + rel;
    }
}
