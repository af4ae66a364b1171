package dev.textdig.solr;

import dev.textdig.index.Fields;
import dev.textdig.output.JsonTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A collection of a SolrCloud cluster: whether it is there, and making it with textdig's configset. */
public record SolrCollection(SolrConnection connection, String name) {

    /** The path of a handler of this collection: {@code /NAME/update}. */
    public String path(String handler) {
        return "/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8) + handler;
    }

    public boolean exists() {
        Object tree = connection.get("/admin/collections", Map.of("action", "LIST"));
        return JsonTree.list(JsonTree.at(tree, "collections")).contains(name);
    }

    /** Refuses a collection that is not there, saying how to make it. */
    public void requireExists() {
        if (!exists()) {
            throw new SolrException("solr " + connection.where() + ": no collection '" + name
                    + "' (make it with: textdig index FOLDER --solr URL --collection " + name + " --create)");
        }
    }

    /**
     * Every article document (one per article, holding it whole) with the given fields, page by page
     * on a cursor (Solr's deep paging: stable under concurrent updates, no offset cost).
     */
    public void forEachArticleDocument(String fields, int page, Consumer<Map<String, Object>> each) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", Fields.DOC + ":" + Fields.ARTICLE_DOC);
        params.put("fl", fields);
        params.put("sort", "id asc");
        params.put("rows", Integer.toString(page));
        eachPage(page, cursor -> {
            params.put("cursorMark", cursor);
            return connection.get(path("/select"), params);
        }, each);
    }

    /**
     * Cursor paging: {@code select} asked for each page from the cursor {@code *} on, each document
     * handed on, until a page is not full (the next would come back empty: asking would rerun the
     * query for nothing) or the cursor stays where it was.
     */
    static void eachPage(int page, Function<String, Object> select, Consumer<Map<String, Object>> each) {
        String cursor = "*";
        while (true) {
            Object tree = select.apply(cursor);
            List<Object> docs = JsonTree.list(JsonTree.at(tree, "response", "docs"));
            for (Object d : docs) {
                each.accept(JsonTree.object(d));
            }
            String next = (String) JsonTree.at(tree, "nextCursorMark");
            if (docs.size() < page || next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    /**
     * Uploads textdig's configset (unless the cluster has it already) and creates the collection
     * with it, waiting until its replicas are active.
     */
    public void create(int shards, int replicas) {
        if (exists()) {
            throw new SolrException("solr " + connection.where() + ": collection '" + name + "' exists already (leave out --create to update it)");
        }
        Configset configset = Configset.current();
        Object list = connection.get("/admin/configs", Map.of("action", "LIST"));
        if (!JsonTree.list(JsonTree.at(list, "configSets")).contains(configset.name())) {
            connection.post("/admin/configs", Map.of("action", "UPLOAD", "name", configset.name()), "application/octet-stream", configset.zip());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "CREATE");
        params.put("name", name);
        params.put("numShards", Integer.toString(shards));
        params.put("replicationFactor", Integer.toString(replicas));
        params.put("collection.configName", configset.name());
        params.put("waitForFinalState", "true");
        Object created = connection.get("/admin/collections", params);
        Object failure = JsonTree.at(created, "failure");
        if (failure != null) {
            throw new SolrException("solr " + connection.where() + ": collection '" + name + "' not created: " + failure.toString().replaceAll("\\s+", " "));
        }
    }
}
