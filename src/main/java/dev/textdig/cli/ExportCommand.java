package dev.textdig.cli;

import dev.textdig.article.InputException;
import dev.textdig.article.Source;
import dev.textdig.article.Sources;
import dev.textdig.export.AnalysedFiles;
import dev.textdig.output.DocumentFormat;
import dev.textdig.export.Exporter;
import dev.textdig.output.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "export", sortOptions = false,
        description = {"Write every paragraph and quotation of the articles as documents for another search engine's",
            "own loader, with the fields of the local index and stable ids (the file's path and content hash,",
            "then the paragraph or quotation number): --format opensearch-bulk (the _bulk API's NDJSON, and",
            "with --output a mapping.json beside it) or --format solr-json (Solr's JSON update format).", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig export --format solr-json sample/ | head -c 400",
            "  textdig export --format opensearch-bulk sample/ | head -2"})
final class ExportCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Articles to export: files, folders (*.txt, *.text and names without an extension below; -t, -g choose), or - for stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write the documents (bulk.ndjson and mapping.json, or solr.json) in DIR, made when missing, "
                    + "instead of to stdout.")
    Path output;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", converter = Usage.AtLeastOne.class,
            description = "Read and analyse N files at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    ExportCommand(Invocation ctx) {
        super(ctx);
    }

    @Override
    protected boolean exports() {
        return true;
    }

    @Override
    protected int run() {
        DocumentFormat format = switch (common.format) {
            case OPENSEARCH_BULK -> DocumentFormat.OPENSEARCH_BULK;
            case SOLR_JSON -> DocumentFormat.SOLR_JSON;
            default -> throw Usage.invalidValue(spec.commandLine(), "--format",
                    "export writes " + Format.OPENSEARCH_BULK + " or " + Format.SOLR_JSON + ", not " + common.format.toString().toLowerCase(Locale.ROOT));
        };
        int[] unreadable = {0};
        List<Source> sources = Sources.resolve(files, !ctx.terminal.stdinIsTerminal(), fileSelection, e -> {
            ctx.warn(e.getMessage());
            unreadable[0]++;
        }, ctx::warn);
        if (sources.isEmpty()) {
            throw new InputsUnread();
        }
        AnalysedFiles analysed = new AnalysedFiles(reader(), ctx.stdin, ctx::warn, threads);
        Exporter.Summary summary;
        if (output == null) {
            summary = new Exporter(analysed).export(sources, format, record -> {
                ctx.out.write(record);
                ctx.out.endRecord();
            });
            ctx.out.flush();
        } else {
            Path documents = prepare(format);
            try (Writer w = Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
                summary = new Exporter(analysed).export(sources, format, record -> {
                    try {
                        w.write(record);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(documents + ": cannot write: " + rootMessage(e));
            }
            ctx.out.write(String.format(Locale.ROOT, "%d %s exported: %d paragraphs and %d quotations in %s%s%n",
                    summary.articles(), summary.articles() == 1 ? "article" : "articles", summary.paragraphs(), summary.quotations(), documents,
                    format == DocumentFormat.OPENSEARCH_BULK ? " (index mapping: " + output.resolve("mapping.json") + ")" : ""));
            ctx.out.flush();
        }
        if (summary.unreadable() + unreadable[0] > 0) {
            return ExitStatus.ERROR;
        }
        return summary.articles() > 0 ? ExitStatus.FOUND : ExitStatus.NOT_FOUND;
    }

    /** The output folder made, the mapping beside the bulk file written; the documents' file. */
    private Path prepare(DocumentFormat format) {
        try {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new ParameterException(spec.commandLine(), output + ": not a folder (--output names a folder)");
            }
            Files.createDirectories(output);
            if (format == DocumentFormat.OPENSEARCH_BULK) {
                Files.write(output.resolve("mapping.json"), Exporter.openSearchMapping());
            }
        } catch (IOException e) {
            throw new InputException(output + ": cannot write: " + rootMessage(e));
        }
        return output.resolve(format.fileName());
    }

    private static String rootMessage(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
