package dev.textdig.article;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Which files of a folder are read, as ripgrep's {@code -t/--type} and {@code -g/--glob} choose
 * them. A file named on the command line is always read: this only steers a folder walk.
 */
public final class FileSelection {
    /** File types by name, as {@code -t} takes them. Extensions compare in any case. */
    public enum Type {
        /** Plain text: {@code *.txt}, {@code *.text}, and names with no extension (wget's {@code article}). */
        TEXT("text", "*.txt, *.text and names without an extension"),
        MD("md", "*.md, *.markdown"),
        /** Every file; its content still decides (HTML, PDF and binary files are skipped, each named). */
        ALL("all", "every file");

        public final String label;
        public final String covers;

        Type(String label, String covers) {
            this.label = label;
            this.covers = covers;
        }

        boolean matches(String extension) {
            return switch (this) {
                case TEXT -> extension.isEmpty() || extension.equals("txt") || extension.equals("text");
                case MD -> extension.equals("md") || extension.equals("markdown");
                case ALL -> true;
            };
        }

        /** The type named {@code label}, or null. */
        public static Type named(String label) {
            for (Type t : values()) {
                if (t.label.equals(label.toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            return null;
        }
    }

    /** What a folder walk reads when neither {@code -t} nor {@code -g} is given. */
    public static final FileSelection DEFAULT = new FileSelection(EnumSet.of(Type.TEXT), List.of(), List.of(), false);

    private final Set<Type> types;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final boolean chosen;

    private FileSelection(Set<Type> types, List<PathMatcher> include, List<PathMatcher> exclude, boolean chosen) {
        this.types = types;
        this.include = include;
        this.exclude = exclude;
        this.chosen = chosen;
    }

    /**
     * @param types the {@code -t} types; empty for the default ({@code text}), unless globs are given
     * @param globs the {@code -g} globs: a file matching one is read, whatever its type; {@code !GLOB}
     *              leaves out the files it matches. As in ripgrep, globs alone (no {@code -t})
     *              read only the files they match.
     * @throws IllegalArgumentException naming a glob that is not one
     */
    public static FileSelection of(Set<Type> types, List<String> globs) {
        List<PathMatcher> include = new ArrayList<>();
        List<PathMatcher> exclude = new ArrayList<>();
        for (String glob : globs) {
            boolean not = glob.startsWith("!");
            String pattern = not ? glob.substring(1) : glob;
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("'" + glob + "' is an empty glob");
            }
            try {
                // A glob without '/' matches a file's name anywhere below the folder, as in ripgrep.
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + (pattern.contains("/") ? pattern : "**/" + pattern));
                PathMatcher name = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                PathMatcher either = p -> m.matches(p) || (!pattern.contains("/") && p.getFileName() != null && name.matches(p.getFileName()));
                (not ? exclude : include).add(either);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + glob + "' is not a glob: " + e.getDescription());
            }
        }
        boolean chosen = !types.isEmpty() || !globs.isEmpty();
        Set<Type> selected = types.isEmpty() && include.isEmpty() ? EnumSet.of(Type.TEXT) : EnumSet.noneOf(Type.class);
        selected.addAll(types);
        return new FileSelection(selected, include, exclude, chosen);
    }

    /** Whether {@code -t} or {@code -g} chose the files: then the others are left out without a word. */
    public boolean chosen() {
        return chosen;
    }

    /**
     * Whether a file found in a folder walk is read.
     *
     * @param relative the file's path below the folder given
     */
    public boolean reads(Path relative) {
        for (PathMatcher m : exclude) {
            if (m.matches(relative)) {
                return false;
            }
        }
        for (PathMatcher m : include) {
            if (m.matches(relative)) {
                return true;
            }
        }
        String ext = extension(relative);
        for (Type t : types) {
            if (t.matches(ext)) {
                return true;
            }
        }
        return false;
    }

    /** What the default reads, for messages. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Type t : types) {
            b.append(b.isEmpty() ? "" : ", ").append(t.covers);
        }
        return b.isEmpty() ? "the files the globs match" : b.toString();
    }

    /** The file's extension in lower case, without the dot; empty when it has none (a leading dot is no extension). */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
