package dev.textdig.solr;

import dev.textdig.article.InputException;

/** Solr refused or could not be reached in time; the message is one line for the user. */
public class SolrException extends InputException {
    public SolrException(String message) {
        super(message);
    }
}
