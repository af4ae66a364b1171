package dev.textdig.index;

import dev.textdig.corpus.ArticleCodec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What an index on disk records about its maker, in each commit's user data: the layout of its
 * stored articles and the textdig version that analysed them. Another version may split, classify
 * or attribute differently, so its index is refused as a whole rather than mixed with new answers.
 */
final class IndexFormat {
    static final String FORMAT_KEY = "textdig.format";
    static final String VERSION_KEY = "textdig.version";

    private IndexFormat() {
    }

    /** This build's user data. */
    static Map<String, String> current() {
        return Map.of(FORMAT_KEY, Integer.toString(ArticleCodec.VERSION), VERSION_KEY, version());
    }

    /** Refuses an index this build did not make, saying how to rebuild it. */
    static void check(Map<String, String> userData, Path path, String rebuildHint) {
        String format = userData.get(FORMAT_KEY);
        String version = userData.get(VERSION_KEY);
        if (format == null) {
            throw new IndexException(path + ": not a textdig index");
        }
        if (!Objects.equals(format, current().get(FORMAT_KEY)) || !Objects.equals(version, version())) {
            throw new IndexException(path + ": made by textdig " + version + " (index format " + format + "); this is textdig "
                    + version() + ": " + rebuildHint);
        }
    }

    private static String version() {
        String v = IndexFormat.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
