package dev.textdig.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Usage errors found after picocli has read a value, worded as picocli words its own
 * ({@code invalid value for option '--limit': ...}), and the converters for counts, which
 * picocli reads as numbers but does not bound. {@link Main} prints every usage error alike.
 */
final class Usage {
    private Usage() {
    }

    /** The value given to {@code option} cannot be taken: {@code problem} says why and what can. */
    static ParameterException invalidValue(CommandLine command, String option, String problem) {
        return new ParameterException(command, "invalid value for option '" + option + "': " + problem);
    }

    /** {@code -n, --limit}: 0 or more, where 0 means all (as Integer.MAX_VALUE, so callers need no case for it). */
    static final class Limit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = atLeast(0, value);
            return n == 0 ? Integer.MAX_VALUE : n;
        }
    }

    /** A count of 1 or more ({@code --min-count}, {@code --min-words}). */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(1, value);
        }
    }

    /** A count of 0 or more ({@code --context}). */
    static final class AtLeastZero implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(0, value);
        }
    }

    /**
     * An enum value as users type and read it: its name in lower case (any case taken). picocli's own
     * enum conversion would list the choices in capitals ({@code [TEXT, TSV, ...]}), which no user types.
     */
    static <E extends Enum<E>> ITypeConverter<E> lowerCaseChoice(Class<E> type) {
        E[] choices = type.getEnumConstants();
        String names = Arrays.stream(choices).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return value -> {
            for (E choice : choices) {
                if (choice.name().equalsIgnoreCase(value)) {
                    return choice;
                }
            }
            throw new TypeConversionException("expected one of " + names + ", not '" + value + "'");
        };
    }

    /** {@code --format}: a format by its name as shown, in any case ({@code jsonl}, {@code solr-json}). */
    static final class FormatName implements ITypeConverter<dev.textdig.output.Format> {
        @Override
        public dev.textdig.output.Format convert(String value) {
            for (dev.textdig.output.Format f : dev.textdig.output.Format.values()) {
                if (f.toString().equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("expected one of text, tsv, jsonl, json (export: opensearch-bulk, solr-json), not '"
                    + value + "'");
        }
    }

    private static int atLeast(int min, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < min) {
            throw new TypeConversionException("must be " + min + " or more, not " + n);
        }
        return n;
    }
}
