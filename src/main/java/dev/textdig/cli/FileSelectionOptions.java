package dev.textdig.cli;

import dev.textdig.article.FileSelection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code -t/--type} and {@code -g/--glob}: which files of a folder are read, as in ripgrep. */
final class FileSelectionOptions {
    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", split = ",",
            description = "Files of a folder to read, by type: text (*.txt, *.text, names without an extension; "
                    + "the default), md (*.md, *.markdown) or all (content decides). Repeatable, or joined by commas.")
    List<String> types = new ArrayList<>();

    @Option(names = {"-g", "--glob"}, paramLabel = "GLOB",
            description = "Read the files of a folder that match GLOB ('*.story', '2024/**'; without -t, only those); "
                    + "!GLOB leaves them out. Repeatable. A FILE named on the command line is always read.")
    List<String> globs = new ArrayList<>();

    /**
     * The selection, or a usage error naming the type or glob that is not one. {@code search
     * -trump} is a query typed without {@code --}, not {@code -t rump}: where the command takes a
     * query, a value glued to {@code -t}, or to {@code -g} with nothing of a glob in it, is taken
     * for that, as picocli would take an unknown option.
     */
    FileSelection selection(CommandLine command, boolean takesQuery) {
        if (takesQuery) {
            for (String arg : command.getParseResult().originalArgs()) {
                if (arg.equals("--")) {
                    break;
                }
                boolean gluedType = arg.startsWith("-t") && arg.length() > 2 && FileSelection.Type.named(arg.substring(2)) == null;
                boolean gluedWord = arg.startsWith("-g") && arg.length() > 2 && arg.substring(2).chars().noneMatch(c -> "*?[{/".indexOf(c) >= 0);
                if (gluedType || gluedWord) {
                    throw new ParameterException(command, "Unknown option: '" + arg + "'");
                }
            }
        }
        Set<FileSelection.Type> chosen = EnumSet.noneOf(FileSelection.Type.class);
        for (String label : types) {
            FileSelection.Type t = FileSelection.Type.named(label.strip());
            if (t == null) {
                throw Usage.invalidValue(command, "--type", "unknown type '" + label + "' (expected text, md or all)");
            }
            chosen.add(t);
        }
        try {
            return FileSelection.of(chosen, globs);
        } catch (IllegalArgumentException e) {
            throw Usage.invalidValue(command, "--glob", e.getMessage());
        }
    }
}
