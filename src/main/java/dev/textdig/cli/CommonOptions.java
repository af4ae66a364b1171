package dev.textdig.cli;

import dev.textdig.article.Language;
import dev.textdig.output.Format;
import picocli.CommandLine.Option;

/** Options every command takes: output format, colour, language, debugging. */
public final class CommonOptions {
    enum ColorMode { AUTO, ALWAYS, NEVER }

    enum LanguageChoice { AUTO, EN, FR }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Usage.FormatName.class,
            completionCandidates = Names.Formats.class,
            description = "Output format: text, tsv, jsonl or json (default: ${DEFAULT-VALUE}); export: opensearch-bulk or solr-json.")
    Format format = Format.TEXT;

    @Option(names = {"--color", "--colour"}, paramLabel = "WHEN", defaultValue = "auto", completionCandidates = Names.Colours.class,
            description = "Colour in text output: auto, always or never (default: ${DEFAULT-VALUE}: only on a terminal, and not with NO_COLOR or TERM=dumb).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto", completionCandidates = Names.Languages.class,
            description = "Language of the articles: auto, en or fr (default: ${DEFAULT-VALUE}, decided per article).")
    LanguageChoice lang = LanguageChoice.AUTO;

    /** Read from the parse result by the error policy ({@link Main}), which shows the trace. */
    @Option(names = "--debug", description = "Show a stack trace when something fails unexpectedly.")
    boolean debug;

    Language forcedLanguage() {
        return switch (lang) {
            case AUTO -> null;
            case EN -> Language.EN;
            case FR -> Language.FR;
        };
    }

    boolean colour(Terminal terminal) {
        if (format != Format.TEXT) {
            return false;
        }
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal.wantsColour();
        };
    }
}
