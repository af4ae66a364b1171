package dev.textdig.quote;

import java.util.Locale;

/** A quotation that is a whole sentence (or more), or a phrase woven into the writer's sentence. */
public enum QuoteKind {
    FULL, PARTIAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
