package dev.textdig.cli;

import dev.textdig.solr.SolrConnection;
import dev.textdig.solr.SolrCredentials;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --solr URL --collection NAME}: a SolrCloud collection instead of an index on disk.
 * Credentials come from the environment only ({@link SolrCredentials}).
 */
final class SolrOptions {
    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "A SolrCloud cluster: the base URL of one or more of its nodes (http://localhost:8983/solr). "
                    + "Basic auth from $" + SolrCredentials.ENV + " (user:password) or $" + SolrCredentials.FILE_ENV + ".")
    String url;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection on the --solr cluster.")
    String collection;

    /** Both or neither, and URLs that are http(s). */
    void check(CommandLine command) {
        if ((url == null) != (collection == null)) {
            throw new ParameterException(command, "--solr URL and --collection NAME go together");
        }
        if (url != null) {
            nodes(command);
            if (collection.isBlank() || !collection.matches("[A-Za-z0-9._-]+")) {
                throw Usage.invalidValue(command, "--collection", "'" + collection + "' is not a collection name (letters, digits, . _ -)");
            }
        }
    }

    List<URI> nodes(CommandLine command) {
        try {
            return SolrConnection.parseUrls(url);
        } catch (IllegalArgumentException e) {
            throw Usage.invalidValue(command, "--solr", e.getMessage());
        }
    }

    /** A connection to the cluster; each retry is noted on stderr (a run that succeeds after one says so). */
    SolrConnection connect(Invocation ctx, Consumer<String> warn) {
        return new SolrConnection(SolrConnection.parseUrls(url), SolrCredentials.fromEnvironment(ctx.terminal.env()), warn,
                SolrConnection.RETRY_BUDGET);
    }
}
