package dev.textdig.output;

import dev.textdig.export.FlatDocument;

/**
 * How documents are written for another search engine's own loader: OpenSearch's (and
 * Elasticsearch's) {@code _bulk} body, NDJSON with an action line before each document, or Solr's
 * JSON update format, one array of documents (one a line) for {@code /update}.
 */
public enum DocumentFormat {
    /** {@code {"index":{"_id":ID}}} then the document, each on its own line. */
    OPENSEARCH_BULK("bulk.ndjson", "", "") {
        @Override
        public String record(FlatDocument doc, boolean first) {
            return "{\"index\":" + DocumentJson.of(java.util.Map.of("_id", doc.id())) + "}\n" + DocumentJson.of(doc) + "\n";
        }
    },
    /** {@code [} then the documents, one a line, separated by commas, then {@code ]}. */
    SOLR_JSON("solr.json", "[", "\n]\n") {
        @Override
        public String record(FlatDocument doc, boolean first) {
            return (first ? "\n" : ",\n") + DocumentJson.of(doc);
        }
    };

    private final String fileName;
    private final String begin;
    private final String end;

    DocumentFormat(String fileName, String begin, String end) {
        this.fileName = fileName;
        this.begin = begin;
        this.end = end;
    }

    /** The documents' file name in an output folder. */
    public String fileName() {
        return fileName;
    }

    /** What comes before the first document. */
    public String begin() {
        return begin;
    }

    public abstract String record(FlatDocument doc, boolean first);

    /** What comes after the last document. */
    public String end() {
        return end;
    }
}
