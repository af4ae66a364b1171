package dev.textdig.bench;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.DecodedText;
import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import dev.textdig.article.LanguageDetector;
import dev.textdig.article.Paragraph;
import dev.textdig.article.ParagraphClassifier;
import dev.textdig.article.ParagraphSplitter;
import dev.textdig.article.TextDecoder;
import dev.textdig.corpus.Corpus;
import dev.textdig.index.ArticleIndex;
import dev.textdig.index.SearchRequest;
import dev.textdig.index.SearchResult;
import dev.textdig.index.SearchService;
import dev.textdig.keyword.Keyword;
import dev.textdig.keyword.KeywordExtractor;
import dev.textdig.keyword.KeywordOptions;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process pipeline, stage by stage, in a warmed-up JVM: regressions here show apart from
 * JVM start-up (bin/bench-startup). Each stage starts from the previous stage's output, made once
 * in setup. Run and read as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Xmx2g"})
public class PipelineBenchmark {
    private static final String QUERY = "Elysée tenant";

    /** {@code sample}: the sample article (2.6 kB); {@code 1mb}: its text recombined into 1 MB and more. */
    @Param({"sample", "1mb"})
    public String article;

    private byte[] bytes;
    private String text;
    private Language language;
    private List<Paragraph> split;
    private Article parsed;
    private Corpus corpus;
    private ArticleIndex index;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        byte[] sample = Files.readAllBytes(BenchmarkArticles.SAMPLE);
        bytes = article.equals("sample") ? sample : BenchmarkArticles.recombined(sample, 1 << 20);
        text = TextDecoder.decode(bytes).text();
        language = LanguageDetector.detect(text);
        split = ParagraphSplitter.split(text);
        parsed = ArticleReader.fromText(article, text, null);
        corpus = Corpus.of(List.of(parsed));
        index = ArticleIndex.forSearch(corpus, request(QUERY));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, false, EnumSet.noneOf(Kind.class), false, 10);
    }

    /** Bytes to text: the UTF-8 check and decoding, line ends. */
    @Benchmark
    public DecodedText decode() {
        return TextDecoder.decode(bytes);
    }

    @Benchmark
    public Language detectLanguage() {
        return LanguageDetector.detect(text);
    }

    @Benchmark
    public List<Paragraph> split() {
        return ParagraphSplitter.split(text);
    }

    @Benchmark
    public List<Paragraph> classify() {
        return ParagraphClassifier.classify(split, language);
    }

    /** The whole read of one article: language, split, classify, metadata. */
    @Benchmark
    public Article read() {
        return ArticleReader.fromText(article, text, null);
    }

    /** Quotations found and attributed to their speakers. */
    @Benchmark
    public List<Quote> quotations() {
        return QuoteExtractor.extract(parsed);
    }

    @Benchmark
    public List<Keyword> keywords() {
        return KeywordExtractor.extract(List.of(parsed), new KeywordOptions(1, 3, true, Set.of(), EnumSet.noneOf(Kind.class), 1, 20, false), null);
    }

    /** The in-memory index a plain search builds (paragraphs only). */
    @Benchmark
    public int index() {
        try (ArticleIndex built = ArticleIndex.forSearch(Corpus.of(List.of(parsed)), request(QUERY))) {
            return built.articles().size();
        }
    }

    /** The index a {@code speaker:} search builds: paragraphs and quotations (found anew, as a run does). */
    @Benchmark
    public int indexWithQuotations() {
        try (ArticleIndex built = ArticleIndex.forSearch(Corpus.of(List.of(parsed)), request("speaker:macron"))) {
            return built.articles().size();
        }
    }

    /** One query on an index built in setup: parse, rank, highlight. */
    @Benchmark
    public SearchResult query() {
        return new SearchService(index).search(request(QUERY));
    }
}
