package dev.textdig.cli;

import dev.textdig.article.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --kind K[,K...]}: only paragraphs of these kinds. */
final class KindOption {
    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only paragraphs of these kinds: " + Kind.LABELS + " (comma-separated).")
    List<String> labels;

    /** The kinds asked for; empty when the option is not given (every kind but furniture). */
    Set<Kind> kinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (labels != null) {
            // --kind ',,' splits into no labels at all: an empty kind, as --kind '' is, never "no filter".
            for (String label : labels.isEmpty() ? List.of("") : labels) {
                try {
                    kinds.add(Kind.fromLabel(label));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--kind: " + e.getMessage());
                }
            }
        }
        return kinds;
    }
}
