package dev.textdig.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Basic auth for a Solr cluster, never from the command line (where {@code ps} and the shell's
 * history would show it): {@code TEXTDIG_SOLR_CREDENTIALS=user:password}, or
 * {@code TEXTDIG_SOLR_CREDENTIALS_FILE=PATH}, a file whose first line is {@code user:password}.
 */
public record SolrCredentials(String user, String password) {
    public static final String ENV = "TEXTDIG_SOLR_CREDENTIALS";
    public static final String FILE_ENV = "TEXTDIG_SOLR_CREDENTIALS_FILE";

    /** The credentials the environment names, or null for none. */
    public static SolrCredentials fromEnvironment(Map<String, String> env) {
        String inline = env.get(ENV);
        if (inline != null && !inline.isEmpty()) {
            return parse(inline, "$" + ENV);
        }
        String file = env.get(FILE_ENV);
        if (file != null && !file.isEmpty()) {
            String first;
            try {
                first = Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new SolrException(file + ": cannot read the Solr credentials ($" + FILE_ENV + "): " + e.getMessage());
            }
            return parse(first.strip(), file + " ($" + FILE_ENV + ")");
        }
        return null;
    }

    private static SolrCredentials parse(String value, String where) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new SolrException(where + ": Solr credentials are user:password");
        }
        return new SolrCredentials(value.substring(0, colon), value.substring(colon + 1));
    }

    /** The Authorization header's value. */
    public String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "SolrCredentials[" + user + ":***]";
    }
}
