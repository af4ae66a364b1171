package dev.textdig.article;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which paragraphs a command looks at ({@code --kind} and {@code -a}): the kinds listed, or when
 * none are, every kind but page furniture, or every kind with {@code -a}. The one place this rule
 * is written: {@code search} (its index filter and its {@code -C} context), {@code paragraphs}
 * and {@code keywords} ask it.
 *
 * @param kinds          the kinds selected, never empty
 * @param furnitureHidden the furniture is left out only because nothing asked for it: {@code -a}
 *                       would bring it in (false when {@code --kind} lists the kinds)
 */
public record KindSelection(Set<Kind> kinds, boolean furnitureHidden) {

    /** No option given: the article as a reader sees it, every kind but furniture. */
    public static final KindSelection CONTENT = new KindSelection(EnumSet.complementOf(EnumSet.of(Kind.BOILERPLATE)), true);

    /** Every paragraph of the page, furniture included. */
    public static final KindSelection EVERYTHING = new KindSelection(EnumSet.allOf(Kind.class), false);

    public KindSelection {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a selection of no kind selects nothing");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds)); // in the enum's order
    }

    /**
     * The selection the options make: {@code listed} when it names any kind ({@code -a} then adds
     * nothing: the list says exactly what is wanted), otherwise {@link #CONTENT}, or
     * {@link #EVERYTHING} with {@code withFurniture}.
     */
    public static KindSelection of(Collection<Kind> listed, boolean withFurniture) {
        if (!listed.isEmpty()) {
            return new KindSelection(EnumSet.copyOf(listed), false);
        }
        return withFurniture ? EVERYTHING : CONTENT;
    }

    public boolean selects(Paragraph p) {
        return kinds.contains(p.kind());
    }

    /** Whether every kind is selected, so there is nothing to filter. */
    public boolean isEverything() {
        return kinds.size() == Kind.values().length;
    }

    /**
     * What a match's context ({@code search -C}) shows around it: the article as a reader sees it,
     * whatever kinds the match had to be, and the furniture only when this selection takes it in.
     */
    public KindSelection surroundings() {
        return kinds.contains(Kind.BOILERPLATE) ? EVERYTHING : CONTENT;
    }
}
