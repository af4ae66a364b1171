package dev.textdig.cli;

import dev.textdig.index.RankBy;
import dev.textdig.output.Format;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The values of an enum option as users type them, in lower case: what help lists and the
 * completion scripts offer (picocli would offer the constants' own names, {@code TEXT}).
 */
abstract class Names implements Iterable<String> {
    private final Enum<?>[] values;

    Names(Enum<?>[] values) {
        this.values = values;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }

    static final class Formats extends Names {
        /** The formats of results; export's two are named in its help. */
        Formats() {
            super(Arrays.stream(Format.values()).filter(f -> !f.forExport()).toArray(Format[]::new));
        }
    }

    static final class Colours extends Names {
        Colours() {
            super(CommonOptions.ColorMode.values());
        }
    }

    static final class Languages extends Names {
        Languages() {
            super(CommonOptions.LanguageChoice.values());
        }
    }

    static final class RankUnits extends Names {
        RankUnits() {
            super(RankBy.values());
        }
    }

    static final class Shells extends Names {
        Shells() {
            super(CompletionCommand.Shell.values());
        }
    }
}
