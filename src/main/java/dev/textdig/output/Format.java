package dev.textdig.output;

/**
 * Output formats: {@code text} for people, the others for scripts; and the two formats of
 * {@code textdig export}, files for search engines elsewhere ({@code opensearch-bulk},
 * {@code solr-json}), shown and typed with their hyphen.
 */
public enum Format {
    TEXT, TSV, JSONL, JSON,
    OPENSEARCH_BULK("opensearch-bulk"), SOLR_JSON("solr-json");

    private final String typed;

    Format() {
        this.typed = null;
    }

    Format(String typed) {
        this.typed = typed;
    }

    /** Whether this is a format of {@code export} (documents for a search engine), not of results. */
    public boolean forExport() {
        return typed != null;
    }

    @Override
    public String toString() {
        return typed != null ? typed : name();
    }
}
