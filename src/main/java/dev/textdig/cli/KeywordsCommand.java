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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "keywords", sortOptions = false,
        description = {"List the words and phrases the text is about, and how often they occur.",
            "By count (the default), or with --rank by how well they describe the text.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig keywords -n 5 sample/",
            "  textdig keywords --rank --format tsv sample/ | cut -f1,5",
            "  textdig keywords --per-file --ngrams 2-3 --format jsonl sample/ | jq -r .term"})
final class KeywordsCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", converter = Usage.Limit.class, description = "At most N terms (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1", converter = Usage.AtLeastOne.class, description = "Only terms that occur at least N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--ngrams", paramLabel = "MIN-MAX", defaultValue = "1-3", converter = PhraseLengths.Converter.class,
            description = "Phrase lengths in words, such as 1-3 (default), 1 or 2-3.")
    PhraseLengths ngrams;

    @Option(names = "--rank", description = "Rank by how well each term describes the text (score 0 to 1), not by count.")
    boolean rank;

    @Option(names = "--no-stem", description = "Count exact words: offensive and offensives apart.")
    boolean noStem;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "More words to leave out, one or more per line (# starts a comment).")
    // A Path so that shells complete it as a file; opened by its name as typed (Source.named), so
    // that one that is not UTF-8 is opened by its bytes.
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
        Set<String> stop = stopwordsFile == null ? Set.of() : readStopwords(stopwordsFile.toString());
        // Every term, cut here: the run then knows how many -n left out.
        KeywordOptions options = new KeywordOptions(ngrams.min(), ngrams.max(), !noStem, stop, kind.selection(), minCount,
                Integer.MAX_VALUE, rank);
        List<Article> articles = articles(input.files, index).corpus().articles();
        KeywordView view = new KeywordView(perFile, drawsBars() ? ctx.terminal.width() : 0, ctx.terminal.showsBlocks(), rank);
        ResultWriter<Keyword> writer = writer(view);
        int shown = 0;
        long found = 0;
        if (perFile) {
            for (Article a : articles) {
                List<Keyword> list = KeywordExtractor.extract(List.of(a), options, a.file());
                found += list.size();
                shown += show(writer, view, list);
            }
        } else {
            List<Keyword> list = KeywordExtractor.extract(articles, options, null);
            found = list.size();
            shown = show(writer, view, list);
        }
        writer.finish(new Totals.Keywords(articles.size(), shown));
        sayWhenCut(shown, found, "terms");
        return ExitStatus.of(shown);
    }

    /** Writes the first {@code -n} terms of a list; returns how many. */
    private int show(ResultWriter<Keyword> writer, KeywordView view, List<Keyword> list) {
        List<Keyword> shown = first(limit, list);
        view.scaleTo(shown.stream().mapToLong(Keyword::count).max().orElse(0));
        shown.forEach(k -> emit(writer, k));
        return shown.size();
    }

    /** {@code --ngrams MIN-MAX}: the shortest and longest phrase, in words, from 1 to 6. */
    record PhraseLengths(int min, int max) {
        static final int LONGEST = 6;

        static final class Converter implements ITypeConverter<PhraseLengths> {
            @Override
            public PhraseLengths convert(String spec) {
                String s = spec.strip();
                int dash = s.indexOf('-');
                int lo;
                int hi;
                try {
                    lo = Integer.parseInt(dash < 0 ? s : s.substring(0, dash).strip());
                    hi = dash < 0 ? lo : Integer.parseInt(s.substring(dash + 1).strip());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + spec + "' is not a range of phrase lengths such as 1-3");
                }
                if (lo < 1 || hi < lo || hi > LONGEST) {
                    throw new TypeConversionException("'" + spec + "' is not a range of phrase lengths from 1 to " + LONGEST + ", such as 1-3");
                }
                return new PhraseLengths(lo, hi);
            }
        }
    }

    /** Read as articles are: at most 128 MB, any encoding the reader knows, a clear error otherwise. */
    private static Set<String> readStopwords(String file) {
        String text;
        try {
            text = TextDecoder.decode(Source.named(file).readAll(null)).text();
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
