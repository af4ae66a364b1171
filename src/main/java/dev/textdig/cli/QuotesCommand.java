package dev.textdig.cli;

import dev.textdig.article.Article;
import dev.textdig.article.Language;
import dev.textdig.index.QuoteFilter;
import dev.textdig.output.ResultWriter;
import dev.textdig.output.Row;
import dev.textdig.output.Style;
import dev.textdig.output.TerminalText;
import dev.textdig.output.TextLayout;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteExtractor;
import dev.textdig.quote.QuoteVerifier;
import dev.textdig.quote.SpeakerCount;
import dev.textdig.quote.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED},
        sortOptions = false,
        description = {"List every direct quotation with who said it; filter by speaker or text; check a quotation.", ""})
final class QuotesCommand extends ArticleCommand {
    static final List<String> COLUMNS = List.of("file", "paragraph", "line", "start", "end", "speaker", "speaker_mention",
            "cue", "kind", "words", "text");
    static final List<String> SPEAKER_COLUMNS = List.of("speaker", "quotes", "words", "mentions");
    static final List<String> VERIFY_COLUMNS = List.of("verdict", "score", "file", "paragraph", "line", "speaker",
            "speaker_mention", "claim", "matched", "differences", "text");

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles: files, folders (every *.txt below), or - for stdin (the default when piped).")
    List<String> files = new ArrayList<>();

    @Option(names = {"-s", "--speaker"}, paramLabel = "NAME",
            description = {"Only quotations by this speaker: any word of the resolved name or of the mention, case-insensitive (--speaker macron).",
                    "With --verify: who the claim says said it; a quotation by someone else is a misquote."})
    String speaker;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Only quotations whose words match QUERY (Lucene syntax).")
    String query;

    @Option(names = "--min-words", paramLabel = "N", defaultValue = "1", description = "Only quotations of at least N words (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--speakers", description = "List who is quoted and how often, most quoted first.")
    boolean speakers;

    @Option(names = "--verify", paramLabel = "TEXT",
            description = {"Is TEXT a genuine quotation from the articles? Prints the verdict (exact, close, misquote, too short, not found), the closest quotation, a similarity score and what differs.",
                    "A changed negation, number, name or speaker is a misquote; TEXT needs at least " + QuoteVerifier.MIN_CONTENT_WORDS
                            + " content words. Exit 0 for exact or close, 1 otherwise."})
    String verify;

    QuotesCommand(Context ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        if (minWords < 1) {
            throw new UsageException("--min-words must be at least 1, not " + minWords);
        }
        if (verify != null && speakers) {
            throw new UsageException("--verify and --speakers cannot be used together");
        }
        if (verify != null) {
            int words = QuoteVerifier.claimWords(verify);
            if (words == 0) {
                throw new UsageException("--verify needs the words of a quotation");
            }
            if (words > QuoteVerifier.MAX_CLAIM_WORDS) {
                throw new UsageException("--verify takes a quotation of at most " + QuoteVerifier.MAX_CLAIM_WORDS + " words, not " + words);
            }
            if (speaker != null && speaker.isBlank()) {
                throw new UsageException("--speaker needs a name");
            }
        }
        List<Article> articles = readArticles(files);
        List<Quote> quotes = new ArrayList<>();
        List<Article> owners = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : QuoteExtractor.extract(a)) {
                quotes.add(q);
                owners.add(a);
            }
        }
        // With --verify the speaker is part of the claim, checked against the closest quotation, not a filter.
        String bySpeaker = verify == null ? speaker : null;
        List<Language> languages = owners.stream().map(Article::language).toList();
        boolean[] keep = QuoteFilter.select(quotes, languages, bySpeaker, query, minWords);
        List<Quote> kept = new ArrayList<>();
        List<Article> keptOwners = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (keep[i]) {
                kept.add(quotes.get(i));
                keptOwners.add(owners.get(i));
            }
        }
        if (verify != null) {
            return printVerification(QuoteVerifier.verify(verify, kept, speaker), kept, keptOwners);
        }
        if (speakers) {
            return printSpeakers(SpeakerCount.of(kept));
        }
        return printQuotes(kept, keptOwners);
    }

    private int printQuotes(List<Quote> quotes, List<Article> owners) {
        ResultWriter writer = writer(COLUMNS, new QuoteLayout(ctx.terminal.width()));
        for (int i = 0; i < quotes.size(); i++) {
            emit(writer, row(quotes.get(i), owners.get(i)));
        }
        writer.finish(new Row().put("quotes", quotes.size())
                .put("attributed", quotes.stream().filter(q -> q.speaker() != null || q.mention() != null).count()));
        return ExitStatus.of(quotes.size());
    }

    static Row row(Quote q, Article a) {
        return new Row()
                .put("file", a.file())
                .put("paragraph", q.paragraph().number())
                .put("line", q.paragraph().line())
                .put("start", q.start())
                .put("end", q.end())
                .put("speaker", q.speaker())
                .put("speaker_mention", q.mention())
                .put("cue", q.cue())
                .put("kind", q.kind().label())
                .put("words", q.wordCount())
                .put("text", q.text());
    }

    private int printSpeakers(List<SpeakerCount> counts) {
        ResultWriter writer = writer(SPEAKER_COLUMNS, (row, style) -> String.format(Locale.ROOT, "%5s  %s %s%n",
                row.get("quotes"), style.bold(TerminalText.safe(row.string("speaker"))),
                style.dim("(" + TerminalText.safe(String.join(", ", castList(row.get("mentions")))) + ")")));
        for (SpeakerCount c : counts) {
            emit(writer, new Row().put("speaker", c.speaker()).put("quotes", c.quotes()).put("words", c.words())
                    .put("mentions", c.mentions()));
        }
        writer.finish(new Row().put("speakers", counts.size()));
        return ExitStatus.of(counts.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    private int printVerification(Verification v, List<Quote> quotes, List<Article> owners) {
        ResultWriter writer = writer(VERIFY_COLUMNS, new VerifyLayout(ctx.terminal.width()));
        Row row = new Row().put("verdict", v.verdict().label()).put("score", v.score());
        if (v.quote() != null) {
            Quote q = v.quote();
            Article a = owners.get(indexOf(quotes, q));
            row.put("file", a.file()).put("paragraph", q.paragraph().number()).put("line", q.paragraph().line())
                    .put("speaker", q.speaker()).put("speaker_mention", q.mention());
        } else {
            row.put("file", null).put("paragraph", null).put("line", null).put("speaker", null).put("speaker_mention", null);
        }
        row.put("claim", verify).put("matched", v.matched()).put("differences", v.differences())
                .put("text", v.quote() == null ? null : v.quote().text());
        emit(writer, row);
        writer.finish(new Row().put("quotes_compared", quotes.size()));
        if (v.verdict() == Verification.Verdict.TOO_SHORT) {
            int content = QuoteVerifier.contentWords(verify);
            ctx.warn("the claim has " + content + " content word" + (content == 1 ? "" : "s") + " (not stopwords); --verify needs at least "
                    + QuoteVerifier.MIN_CONTENT_WORDS + " to identify a quotation");
        }
        return v.verdict().confirmed() ? ExitStatus.FOUND : ExitStatus.NOT_FOUND;
    }

    /** Where the very quotation stands in the list (the same words may be quoted in two articles). */
    private static int indexOf(List<Quote> quotes, Quote q) {
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i) == q) {
                return i;
            }
        }
        throw new IllegalStateException("the verified quotation is not in the list");
    }

    /** {@code speaker (mention, cue)  file:line ¶N} and the quotation wrapped below in quotation marks. */
    private record QuoteLayout(int width) implements TextLayout {
        @Override
        public String render(Row row, Style style) {
            String speaker = row.string("speaker");
            String mention = row.string("speaker_mention");
            String who = speaker != null ? style.bold(TerminalText.safe(speaker)) : style.dim("(no speaker)");
            List<String> detail = new ArrayList<>();
            if (mention != null && !mention.equals(speaker)) {
                detail.add(mention);
            }
            if (row.get("cue") != null) {
                detail.add(row.string("cue"));
            }
            String details = detail.isEmpty() ? "" : " " + style.dim("(" + TerminalText.safe(String.join(", ", detail)) + ")");
            String where = style.file(TerminalText.name(row.string("file"))) + ":" + style.number(row.string("line"))
                    + " " + style.dim("¶" + row.get("paragraph"));
            return who + details + "  " + where + "\n"
                    + TextWrap.wrap("“" + TerminalText.safe(row.string("text")) + "”", width, "    ") + "\n";
        }
    }

    private record VerifyLayout(int width) implements TextLayout {
        @Override
        public String render(Row row, Style style) {
            StringBuilder b = new StringBuilder();
            b.append(style.bold(row.string("verdict")));
            // Without a quotation there is nothing the score measures.
            b.append(row.get("text") == null ? "\n" : String.format(Locale.ROOT, "  (similarity %.2f)%n", (Double) row.get("score")));
            if (row.get("text") != null) {
                b.append("closest: ").append(row.get("speaker") == null ? "(no speaker)" : TerminalText.safe(row.string("speaker")))
                        .append("  ").append(style.file(TerminalText.name(row.string("file")))).append(':')
                        .append(style.number(row.string("line"))).append('\n');
                b.append(TextWrap.wrap("“" + TerminalText.safe(row.string("text")) + "”", width, "    "));
                List<String> diffs = castList(row.get("differences"));
                if (!diffs.isEmpty()) {
                    b.append("differences (quotation → claim): ").append(TerminalText.safe(String.join(", ", diffs))).append('\n');
                }
            }
            return b.toString();
        }
    }
}
