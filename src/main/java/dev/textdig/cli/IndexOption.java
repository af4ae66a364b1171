package dev.textdig.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --index PATH}: answer from an index on disk (or, {@code --solr URL --collection NAME}, a Solr collection) instead of reading articles. */
final class IndexOption {
    /** The environment variable that names a default index. */
    static final String ENV = "TEXTDIG_INDEX";

    @Option(names = "--index", paramLabel = "PATH",
            description = "Answer from the index at PATH (made by 'textdig index') instead of reading FILEs. "
                    + "Default: $" + ENV + ", when no FILE is given and stdin is not piped.")
    Path path;

    @Mixin
    SolrOptions solr;
}
