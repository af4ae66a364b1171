package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.InputException;
import dev.textdig.article.Source;
import dev.textdig.article.TextDecoder;
import dev.textdig.article.WordList;
import dev.textdig.keyword.Keyword;
import dev.textdig.keyword.KeywordExtractor;
import dev.textdig.keyword.KeywordOptions;
import dev.textdig.output.KeywordView;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "keywords", sortOptions = false,
        description = {"List the words and phrases the text is about, and how often they occur.",
            "By count (the default), or with --rank by how well they describe the text.", ""})
final class KeywordsCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "At most N terms (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1", description = "Only terms that occur at least N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--ngrams", paramLabel = "MIN-MAX", defaultValue = "1-3",
            description = "Phrase lengths in words, such as 1-3 (default), 1 or 2-3.")
    String ngrams;

    @Option(names = "--rank", description = "Rank by how well each term describes the text (score 0 to 1), not by count.")
    boolean rank;

    @Option(names = "--no-stem", description = "Count exact words: offensive and offensives apart.")
    boolean noStem;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "More words to leave out, one or more per line (# starts a comment).")
    Path stopwordsFile;

    @Mixin
    KindOption kind;

    @Option(names = "--per-file", description = "One list per article, each result naming its file, instead of one list over all.")
    boolean perFile;

    KeywordsCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        requirePositive("--limit", limit);
        requirePositive("--min-count", minCount);
        int[] range = parseRange(ngrams);
        Set<String> stop = stopwordsFile == null ? Set.of() : readStopwords(stopwordsFile);
        KeywordOptions options = new KeywordOptions(range[0], range[1], !noStem, stop, kind.kinds(), minCount, limit, rank);
        List<Article> articles = articles(input.files, index).corpus().articles();
        ResultWriter<Keyword> writer = writer(new KeywordView(perFile));
        int shown = 0;
        if (perFile) {
            for (Article a : articles) {
                for (Keyword k : KeywordExtractor.extract(List.of(a), options, a.file())) {
                    emit(writer, k);
                    shown++;
                }
            }
        } else {
            for (Keyword k : KeywordExtractor.extract(articles, options, null)) {
                emit(writer, k);
                shown++;
            }
        }
        writer.finish(new Totals.Keywords(articles.size(), shown));
        return ExitStatus.of(shown);
    }

    static int[] parseRange(String spec) {
        String s = spec.strip();
        try {
            int dash = s.indexOf('-');
            int lo = Integer.parseInt(dash < 0 ? s : s.substring(0, dash).strip());
            int hi = dash < 0 ? lo : Integer.parseInt(s.substring(dash + 1).strip());
            if (lo < 1 || hi < lo || hi > 6) {
                throw new UsageException("--ngrams must be a range of phrase lengths from 1 to 6, such as 1-3, not '" + spec + "'");
            }
            return new int[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new UsageException("--ngrams must be a range of phrase lengths such as 1-3, not '" + spec + "'");
        }
    }

    /** Read as articles are: at most 128 MB, any encoding the reader knows, a clear error otherwise. */
    private static Set<String> readStopwords(Path file) {
        String text;
        try {
            text = TextDecoder.decode(new Source(file.toString(), file).readAll(null)).text();
        } catch (InputException e) {
            throw new InputException(e.getMessage() + " (--stopwords)");
        }
        Set<String> words = new HashSet<>();
        for (String w : WordList.parse(text)) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
