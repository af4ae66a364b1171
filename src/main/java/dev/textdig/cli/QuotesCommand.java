package dev.textdig.cli;

import dev.textdig.index.ArticleStore;
import dev.textdig.index.QuotationFilter;
import dev.textdig.index.QuoteService;
import dev.textdig.output.QuoteView;
import dev.textdig.output.Bar;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Totals;
import dev.textdig.output.SpeakerView;
import dev.textdig.output.VerificationView;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteVerifier;
import dev.textdig.quote.SpeakerCount;
import dev.textdig.quote.Verification;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "quotes", sortOptions = false,
        description = {"List every direct quotation with who said it; filter by speaker or text; check a quotation.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig quotes --speakers sample/",
            "  textdig quotes -s macron --format jsonl sample/ | jq -r .text",
            "  textdig quotes --verify 'The offensive must stop immediately and discussions must be resumed' sample/"})
final class QuotesCommand extends Subcommand {
    @Mixin
    FileArguments input;

    @Mixin
    IndexOption index;

    @Option(names = {"-s", "--speaker"}, paramLabel = "NAME",
            description = {"Only quotations by this speaker: any word of the resolved name or of the mention, case-insensitive (--speaker macron).",
                    "With --verify: who the claim says said it; a quotation by someone else is a misquote."})
    String speaker;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Only quotations whose words match QUERY (Lucene syntax).")
    String query;

    @Option(names = "--min-words", paramLabel = "N", defaultValue = "1", converter = Usage.AtLeastOne.class,
            description = "Only quotations of at least N words (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Mixin
    LimitOption limit;

    @ArgGroup(exclusive = true)
    Summary summary;

    /** In place of the quotations, one of two answers about them. */
    static final class Summary {
        @Option(names = "--speakers", description = "List who is quoted and how often, most quoted first.")
        boolean speakers;

        @Option(names = "--verify", paramLabel = "TEXT", converter = Claim.class,
                description = {"Is TEXT a genuine quotation from the articles? Prints the verdict (exact, close, misquote, too short, not found), the closest quotation, a similarity score and what differs.",
                        "A changed negation, number, name or speaker is a misquote; TEXT needs at least " + QuoteVerifier.MIN_CONTENT_WORDS
                                + " content words. Exit 0 for exact or close, 1 otherwise."})
        String verify;
    }

    /** {@code --verify TEXT}: words to compare, not too many of them. */
    static final class Claim implements ITypeConverter<String> {
        @Override
        public String convert(String claim) {
            int words = QuoteVerifier.claimWords(claim);
            if (words == 0) {
                throw new TypeConversionException("'" + claim + "' has no words; it takes the words of a quotation");
            }
            if (words > QuoteVerifier.MAX_CLAIM_WORDS) {
                throw new TypeConversionException("it takes a quotation of at most " + QuoteVerifier.MAX_CLAIM_WORDS + " words, not " + words);
            }
            return claim;
        }
    }

    QuotesCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        String verify = summary == null ? null : summary.verify;
        if (verify != null && speaker != null && speaker.isBlank()) {
            throw Usage.invalidValue(spec.commandLine(), "--speaker", "a blank name; with --verify it names who the claim says said it");
        }
        ArticleStore store = articles(input.files, index);
        // With --verify the speaker is part of the claim, checked against the closest quotation, not a filter.
        String bySpeaker = verify == null ? speaker : null;
        List<Quote> kept = QuoteService.select(store, new QuotationFilter(bySpeaker, query, minWords));
        if (verify != null) {
            return printVerification(verify, QuoteVerifier.verify(verify, kept, speaker), kept);
        }
        if (summary != null && summary.speakers) {
            return printSpeakers(SpeakerCount.of(kept));
        }
        return printQuotes(kept);
    }

    private int printQuotes(List<Quote> quotes) {
        ResultWriter<Quote> writer = writer(new QuoteView(ctx.terminal.width()));
        for (Quote q : first(limit.limit, quotes)) {
            emit(writer, q);
        }
        writer.finish(new Totals.Quotes(quotes.size(),
                quotes.stream().filter(q -> q.speaker() != null || q.mention() != null).count()));
        sayWhenCut(ctx.written, quotes.size(), "quotations");
        return ExitStatus.of(quotes.size());
    }

    private int printSpeakers(List<SpeakerCount> counts) {
        List<SpeakerCount> shown = first(limit.limit, counts);
        // A bar of a fifth of the terminal, 8 to 20 columns, against the most quoted speaker shown.
        Bar bar = drawsBars() ? new Bar(Math.max(8, Math.min(20, ctx.terminal.width() / 5)), ctx.terminal.showsBlocks()) : null;
        ResultWriter<SpeakerCount> writer = writer(new SpeakerView(bar, shown.stream().mapToLong(SpeakerCount::quotes).max().orElse(0)));
        for (SpeakerCount c : shown) {
            emit(writer, c);
        }
        writer.finish(new Totals.Speakers(counts.size()));
        sayWhenCut(ctx.written, counts.size(), "speakers");
        return ExitStatus.of(counts.size());
    }

    private int printVerification(String verify, Verification v, List<Quote> quotes) {
        ResultWriter<Verification> writer = writer(new VerificationView(ctx.terminal.width(), verify));
        emit(writer, v);
        writer.finish(new Totals.Verification(quotes.size()));
        if (v.verdict() == Verification.Verdict.TOO_SHORT) {
            int content = QuoteVerifier.contentWords(verify);
            ctx.warn("the claim has " + content + " content word" + (content == 1 ? "" : "s") + " (not stopwords); --verify needs at least "
                    + QuoteVerifier.MIN_CONTENT_WORDS + " to identify a quotation");
        }
        return v.verdict().confirmed() ? ExitStatus.FOUND : ExitStatus.NOT_FOUND;
    }
}
