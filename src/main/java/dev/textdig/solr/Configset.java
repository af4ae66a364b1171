package dev.textdig.solr;

import dev.textdig.article.Language;
import dev.textdig.index.AnalysisTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The configset textdig uploads for its collections: the schema and solrconfig shipped with it,
 * and the word lists its analysis chains use, written from the very sets this build analyses with.
 * Its name carries a hash of its content, so a changed schema never overwrites the one a
 * collection was made with.
 */
public final class Configset {
    private final Map<String, byte[]> files;

    private Configset(Map<String, byte[]> files) {
        this.files = files;
    }

    public static Configset current() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String schema = resource("schema.xml").replace("@WORD_HYPHEN@", xml(AnalysisTables.wordHyphen()));
        files.put("schema.xml", schema.getBytes(StandardCharsets.UTF_8));
        files.put("solrconfig.xml", resource("solrconfig.xml").getBytes(StandardCharsets.UTF_8));
        files.put("stopwords_en.txt", lines(AnalysisTables.stopwords(Language.EN)));
        files.put("stopwords_fr.txt", lines(AnalysisTables.stopwords(Language.FR)));
        files.put("elisions_en.txt", lines(AnalysisTables.elisions(Language.EN)));
        files.put("elisions_fr.txt", lines(AnalysisTables.elisions(Language.FR)));
        files.put("wdgf-types.txt", lines(AnalysisTables.wordDelimiterTypes()));
        files.put("apostrophes.txt", lines(AnalysisTables.apostropheMapping()));
        return new Configset(files);
    }

    /** The files by name. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** {@code textdig-} and the start of the content's SHA-256. */
    public String name() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
            }
            return "textdig-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The configset as the Configsets API's UPLOAD takes it: a zip of its files. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = Configset.class.getResourceAsStream("configset/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
