// The baseline of bin/bench-index: a bare Lucene indexer over the same paragraphs with the same
// analyzers as `textdig index`, so the ratio of their throughputs is the cost of textdig's own
// work (reading and detecting, classifying, quotations, the article's own document, commits).
//
//   java -cp target/textdig.jar bin/bench/BareIndexer.java DIR OUT THREADS
//
// Every *.txt below DIR is split on blank lines; each paragraph is one document, its text in
// text_en or text_fr (stored, with positions and offsets, as textdig's Documents writes it). The
// language is picked per file the simplest way: more French than English function words.
import dev.textdig.article.Language;
import dev.textdig.index.Analyzers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

public class BareIndexer {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern FR = Pattern.compile(" (?:le|la|les|des|du|une|est) ");
    private static final Pattern EN = Pattern.compile(" (?:the|of|and|is|was|that|to) ");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        // textdig's IndexUpdater uses a 64 MB buffer; the same here, so only the work differs.
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(EnumSet.allOf(Language.class)))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
        long[] bytes = new long[threads];
        long[] paragraphs = new long[threads];
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(out), config)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                workers.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (Path p = queue.poll(); p != null; p = queue.poll()) {
                            byte[] raw = Files.readAllBytes(p);
                            bytes[me] += raw.length;
                            String s = new String(raw, StandardCharsets.UTF_8);
                            String field = count(FR, s) > count(EN, s) ? "text_fr" : "text_en";
                            List<Document> docs = new ArrayList<>();
                            for (String para : BLANK_LINES.split(s)) {
                                if (!para.isBlank()) {
                                    Document d = new Document();
                                    d.add(new Field(field, para.strip(), text));
                                    docs.add(d);
                                }
                            }
                            paragraphs[me] += docs.size();
                            writer.addDocuments(docs);
                        }
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long b = 0, n = 0;
        for (int t = 0; t < threads; t++) {
            b += bytes[t];
            n += paragraphs[t];
        }
        System.out.printf("%d files, %d paragraphs, %.1f MB in %.2f s: %.2f MB/s, %.0f files/s%n",
                files.size(), n, b / 1e6, seconds, b / 1e6 / seconds, files.size() / seconds);
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        for (Matcher m = p.matcher(s); m.find(); ) {
            n++;
        }
        return n;
    }
}
