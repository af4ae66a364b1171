package dev.textdig.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The articles a command reads, as grep takes its files: {@code [FILE...]}. */
final class FileArguments {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles: files, folders (*.txt, *.text and names without an extension below; -t, -g choose), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();
}
