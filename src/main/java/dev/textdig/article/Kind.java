package dev.textdig.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a paragraph is in its article. Only {@link #BOILERPLATE} is page furniture. */
public enum Kind {
    TITLE, LEAD, HEADING, BODY, META, BOILERPLATE;

    /** Made once: every output row asks for it. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used on the command line, in output and in the index. */
    public String label() {
        return label;
    }

    /** Every kind's label, in order: what {@code --kind} and {@code kind:} accept. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Kind::label).toList();
    }

    /** The labels as a message offers them: {@code title, lead, ... or boilerplate}. */
    public static String choices() {
        List<String> labels = labels();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }

    /** The kind a user typed, in any case, spaces around it ignored. */
    public static Kind fromLabel(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "' (expected " + choices() + ")");
    }
}
