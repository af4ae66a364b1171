package dev.textdig.article;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Expands the command line's FILE arguments into articles to read, as grep does. */
public final class Sources {
    private Sources() {
    }

    /**
     * @param args        the FILE arguments; {@code -} is standard input
     * @param stdinIsPipe whether stdin is not a terminal; with no FILE it is then read
     */
    public static List<Source> resolve(List<String> args, boolean stdinIsPipe) {
        return resolve(args, stdinIsPipe, FileSelection.DEFAULT, e -> {
            throw e;
        }, note -> {
        });
    }

    /**
     * As grep does with several files: an argument that cannot be read goes to {@code unreadable}
     * and the others are still resolved.
     *
     * @param selection  which files of a folder are read
     * @param unreadable receives the error of each argument that names nothing readable
     * @param skipped    one line per kind of file a folder walk left out by the default selection
     */
    public static List<Source> resolve(List<String> args, boolean stdinIsPipe, FileSelection selection,
            Consumer<InputException> unreadable, Consumer<String> skipped) {
        if (args == null || args.isEmpty()) {
            if (!stdinIsPipe) {
                throw new InputException("no input: give FILE arguments or pipe an article on stdin (see --help)");
            }
            return List.of(new Source(Source.STDIN, null));
        }
        List<Source> sources = new ArrayList<>();
        for (String typed : args) {
            try {
                sources.addAll(resolve(typed, selection, skipped));
            } catch (InputException e) {
                unreadable.accept(e);
            }
        }
        return sources;
    }

    /** Whether a FILE argument names a folder, read by walking it (as {@link #resolve} finds it: raw bytes kept). */
    public static boolean namesFolder(String arg) {
        return !arg.equals(Source.STDIN) && !arg.isEmpty() && LongPaths.isDirectory(RawNames.argument(arg).path());
    }

    /** The sources one FILE argument names. */
    private static List<Source> resolve(String typed, FileSelection selection, Consumer<String> skipped) {
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
        // A path past the system's limit (typed, or made by a script) is read as grep reads it: LongPaths.
        BasicFileAttributes found = LongPaths.attributesIfAny(path);
        if (found != null && found.isDirectory()) {
            Walk walk = walk(path, arg, selection);
            if (!selection.chosen()) {
                walk.report(arg, skipped);
            }
            if (walk.read.isEmpty()) {
                throw new InputException(arg + ": no file to read in this folder (" + selection.describe()
                        + " are read; -t and -g choose others)");
            }
            List<Source> sources = new ArrayList<>(walk.read.size());
            for (Path relative : walk.read) {
                sources.add(new Source(displayName(arg, relative), path.resolve(relative)));
            }
            return sources;
        } else if (found == null) {
            throw new InputException(arg + ": no such file or folder");
        } else if (arg.endsWith("/")) {
            throw new InputException(arg + ": not a directory"); // article.txt/, as cat and grep say
        } else if (Files.exists(path) && !Files.isReadable(path)) { // past the limit: reading it says
            throw new InputException(arg + ": permission denied");
        }
        return List.of(new Source(arg, path)); // any name, as grep reads it: its content decides
    }

    /** A folder walk: the files to read, in order, and those left out by the selection, by extension; each by its path below the folder. */
    private record Walk(List<Path> read, Map<String, List<Path>> skipped) {
        /**
         * One line per extension left out, not one per file: a folder of a thousand photos says
         * so once, and the lines that matter (an unreadable article) are not buried. One file is
         * named.
         */
        void report(String arg, Consumer<String> out) {
            skipped.forEach((ext, files) -> {
                String what = files.size() == 1 ? displayName(arg, files.get(0)) + ": skipped"
                        : arg + ": " + String.format(Locale.ROOT, "%,d", files.size()) + " " + (ext.isEmpty() ? "" : "." + ext + " ") + "files skipped";
                out.accept(what + " (" + why(ext) + ")");
            });
        }

        private static String why(String ext) {
            return switch (ext) {
                case "html", "htm", "xhtml" -> "HTML: textdig reads plain text; save the page as text or convert it, e.g. with pandoc -t plain";
                case "pdf" -> "PDF: extract its text first, e.g. with pdftotext";
                case "md", "markdown" -> "Markdown: -t md reads it";
                default -> "not a text file by its name: -t and -g choose the files read";
            };
        }
    }

    /** Every file below the folder ({@link FolderWalk}), split by the selection. */
    private static Walk walk(Path dir, String arg, FileSelection selection) {
        List<Path> files;
        try {
            files = FolderWalk.files(dir);
        } catch (FolderWalk.Unreadable e) {
            throw folderError(arg, e);
        }
        List<Path> read = new ArrayList<>();
        Map<String, List<Path>> skipped = new TreeMap<>();
        for (Path relative : files) {
            if (selection.reads(relative)) {
                read.add(relative);
            } else {
                skipped.computeIfAbsent(FileSelection.extension(relative), k -> new ArrayList<>()).add(relative);
            }
        }
        return new Walk(read, skipped);
    }

    /** Names the folder that failed, below the one given: {@code news/private: permission denied}. */
    private static InputException folderError(String arg, FolderWalk.Unreadable e) {
        String where = displayName(arg, e.where());
        if (e.getCause() instanceof AccessDeniedException) {
            return new InputException(where + ": permission denied");
        }
        String reason = e.getCause() instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : null;
        return new InputException(where + ": cannot read folder"
                + (reason == null ? "" : ": " + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1)));
    }

    /** The folder argument as typed, joined with the file's path below it: {@code news/2024/a.txt}. */
    private static String displayName(String arg, Path relative) {
        String rel = RawNames.display(relative); // bytes that are not UTF-8 as \\xHH
        if (rel.isEmpty()) {
            return arg;
        }
        return arg.endsWith("/") ? arg + rel : arg + "/" + rel;
    }
}
