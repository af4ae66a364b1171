package dev.textdig.output;

import dev.textdig.export.FlatDocument;

/**
 * How documents are written for another search engine's own loader: OpenSearch's (and
 * Elasticsearch's) {@code _bulk} body, NDJSON with an action line before each document, or Solr's
 * JSON update format, one array of documents (one a line) for {@code /update}.
 */
public enum DocumentFormat {
    /** {@code {"index":{"_id":ID}}} then the document, each on its own line. */
    OPENSEARCH_BULK("bulk.ndjson") {
        @Override
        public String begin() {
            return "";
        }

        @Override
        public String record(FlatDocument doc, boolean first) {
            return "{\"index\":" + DocumentJson.of(java.util.Map.of("_id", doc.id())) + "}\n" + DocumentJson.of(doc) + "\n";
        }

        @Override
        public String end() {
            return "";
        }
    },
    /** {@code [} then the documents, one a line, separated by commas, then {@code ]}. */
    SOLR_JSON("solr.json") {
        @Override
        public String begin() {
            return "[";
        }

        @Override
        public String record(FlatDocument doc, boolean first) {
            return (first ? "\n" : ",\n") + DocumentJson.of(doc);
        }

        @Override
        public String end() {
            return "\n]\n";
        }
    };

    private final String fileName;

    DocumentFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The documents' file name in an output folder. */
    public String fileName() {
        return fileName;
    }

    public abstract String begin();

    public abstract String record(FlatDocument doc, boolean first);

    public abstract String end();
}
