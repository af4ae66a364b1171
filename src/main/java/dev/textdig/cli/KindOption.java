package dev.textdig.cli;

import dev.textdig.article.Kind;
import dev.textdig.article.KindSelection;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --kind K[,K...]} and {@code -a}: which paragraphs a command looks at, as one
 * {@link KindSelection}.
 */
final class KindOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-a", "--all-paragraphs"},
            description = "Include the page furniture (menus, share widgets, comment forms: kind boilerplate).")
    boolean allParagraphs;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class, completionCandidates = KindLabels.class,
            description = "Only paragraphs of these kinds: ${COMPLETION-CANDIDATES} (comma-separated).")
    List<Kind> listed;

    /** {@code --all}, the name {@code paragraphs} used to give {@code -a}: still taken, no longer listed. */
    @Option(names = "--all", hidden = true)
    void all(boolean all) {
        allParagraphs = all;
    }

    KindSelection selection() {
        if (listed == null) {
            return KindSelection.of(List.of(), allParagraphs);
        }
        // --kind ',' splits into no kind at all: an error as --kind '' is, never "no filter".
        if (listed.isEmpty()) {
            throw Usage.invalidValue(command.commandLine(), "--kind", KindConverter.NONE_GIVEN);
        }
        return KindSelection.of(listed, allParagraphs);
    }

    /** A kind as users type it: its label, in any case. */
    static final class KindConverter implements ITypeConverter<Kind> {
        static final String NONE_GIVEN = "no kind given (expected " + Kind.choices() + ")";

        @Override
        public Kind convert(String label) {
            if (label.isBlank()) {
                throw new TypeConversionException(NONE_GIVEN);
            }
            try {
                return Kind.fromLabel(label);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The labels help lists and shells complete. */
    static final class KindLabels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Kind.labels().iterator();
        }
    }
}
