// Where a `textdig index` build's time goes, stage by stage, in one warmed-up JVM on one thread,
// beside the bare Lucene indexer's work on the same files (bin/bench/BareIndexer.java):
//
//   javac -d CLASSES -cp target/textdig.jar bin/bench/IndexBudget.java
//   java -Xmx2g -cp target/textdig.jar:CLASSES dev.textdig.index.IndexBudget CORPUS [FILES] [PASSES]
//
// The files are read into memory once. Each pass runs every stage over every file, each stage
// timed on its own (thread CPU time): textdig's read (decode, language, split, classify,
// metadata), its quotations (found and attributed), its Lucene documents and the article's
// record, the analysis and inversion of those documents (IndexWriter.addDocuments into memory),
// and the bare indexer's split and addDocuments of the same files; each writer's last flush
// (commit) is timed apart. The first pass warms the JIT (C2 with the JVM's default flags, as the
// bare indexer runs); the last one is reported, in microseconds per article. The point is the
// ceiling: the bare indexer's time over textdig's is at most bare / (bare + read + quotations),
// whatever textdig's own Lucene work costs.
package dev.textdig.index;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Language;
import dev.textdig.corpus.ArticleCodec;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

public class IndexBudget {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern FR = Pattern.compile(" (?:le|la|les|des|du|une|est) ");
    private static final Pattern EN = Pattern.compile(" (?:the|of|and|is|was|that|to) ");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().limit(limit).toList();
        }
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            files.add(b);
            bytes += b.length;
        }
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        System.out.printf("%d articles, %.1f MB, %d passes; microseconds of thread CPU per article%n", files.size(), bytes / 1e6, passes);
        for (int pass = 1; pass <= passes; pass++) {
            Map<String, Long> ns = new LinkedHashMap<>();
            for (String stage : List.of("read", "quotations", "documents", "lucene (textdig's documents)", "commit (textdig)",
                    "bare: split", "bare: lucene", "bare: commit")) {
                ns.put(stage, 0L);
            }
            ArticleReader reader = new ArticleReader(null, null, w -> { });
            try (IndexWriter mine = writer(); IndexWriter bare = writer()) {
                for (int i = 0; i < files.size(); i++) {
                    byte[] raw = files.get(i);
                    long t0 = cpu();
                    Article article = reader.fromBytes("a" + i + ".txt", raw);
                    long t1 = cpu();
                    List<Quote> quotations = article == null ? List.of() : QuoteExtractor.extract(article);
                    long t2 = cpu();
                    List<Document> docs = new ArrayList<>();
                    if (article != null) {
                        docs.addAll(Documents.of(i, article, quotations, true, true));
                        Document record = new Document();
                        record.add(new StoredField(Fields.ARTICLE_BLOB, ArticleCodec.encode(article, quotations)));
                        docs.add(record);
                    }
                    long t3 = cpu();
                    mine.addDocuments(docs);
                    long t4 = cpu();
                    String s = new String(raw, StandardCharsets.UTF_8);
                    String field = count(FR, s) > count(EN, s) ? "text_fr" : "text_en";
                    List<Document> plain = new ArrayList<>();
                    for (String para : BLANK_LINES.split(s)) {
                        if (!para.isBlank()) {
                            Document d = new Document();
                            d.add(new Field(field, para.strip(), text));
                            plain.add(d);
                        }
                    }
                    long t5 = cpu();
                    bare.addDocuments(plain);
                    long t6 = cpu();
                    add(ns, "read", t1 - t0);
                    add(ns, "quotations", t2 - t1);
                    add(ns, "documents", t3 - t2);
                    add(ns, "lucene (textdig's documents)", t4 - t3);
                    add(ns, "bare: split", t5 - t4);
                    add(ns, "bare: lucene", t6 - t5);
                }
                long c0 = cpu();
                mine.commit();
                long c1 = cpu();
                bare.commit();
                long c2 = cpu();
                add(ns, "commit (textdig)", c1 - c0);
                add(ns, "bare: commit", c2 - c1);
            }
            long mineTotal = 0, bareTotal = 0;
            StringBuilder line = new StringBuilder("pass " + pass + ":");
            for (Map.Entry<String, Long> e : ns.entrySet()) {
                double us = e.getValue() / 1e3 / files.size();
                line.append(String.format("  %s %.0f", e.getKey(), us));
                if (e.getKey().startsWith("bare")) {
                    bareTotal += e.getValue();
                } else {
                    mineTotal += e.getValue();
                }
            }
            long own = ns.get("read") + ns.get("quotations");
            System.out.println(line);
            System.out.printf("pass %d: textdig %.0f, bare %.0f us an article: bare / textdig %.2f; ceiling with textdig's Lucene work"
                    + " as cheap as bare's: %.2f%n", pass, mineTotal / 1e3 / files.size(), bareTotal / 1e3 / files.size(),
                    (double) bareTotal / mineTotal, (double) bareTotal / (bareTotal + own));
        }
    }

    private static IndexWriter writer() throws java.io.IOException {
        return new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(Analyzers.perField(EnumSet.allOf(Language.class)))
                .setRAMBufferSizeMB(64));
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }

    private static void add(Map<String, Long> ns, String stage, long n) {
        ns.merge(stage, n, Long::sum);
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        for (Matcher m = p.matcher(s); m.find(); ) {
            n++;
        }
        return n;
    }
}
