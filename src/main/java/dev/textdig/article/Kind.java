package dev.textdig.article;

import java.util.Locale;

/** What a paragraph is in its article. Only {@link #BOILERPLATE} is page furniture. */
public enum Kind {
    TITLE, LEAD, HEADING, BODY, META, BOILERPLATE;

    /** Every kind's label, as help and messages list them. */
    public static final String LABELS = "title, lead, heading, body, meta, boilerplate";

    /** The lower-case name used on the command line, in output and in the index. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromLabel(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "' (expected " + LABELS.replace(", boilerplate", " or boilerplate") + ")");
    }
}
