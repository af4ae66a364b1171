package dev.textdig.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * textdig(1) in roff, written from the command model that {@code --help} prints: one page, a
 * section per command with its synopsis, description, arguments, options and examples, then the
 * options every command takes, the exit statuses and the environment. (picocli-codegen's
 * ManPageGenerator writes one AsciiDoc page per command, which needs Asciidoctor, a JRuby, to
 * become roff; this is the same model turned into roff directly, checked by {@code groff -ww}.)
 */
final class ManPage {
    private final CommandSpec root;
    private final StringBuilder out = new StringBuilder();

    private ManPage(CommandSpec root) {
        this.root = root;
    }

    /** The page for {@code root}, {@code version} and {@code date} (YYYY-MM-DD) in its header. */
    static String roff(CommandLine root, String version, String date) {
        return new ManPage(root.getCommandSpec()).write(version, date);
    }

    private String write(String version, String date) {
        String name = root.name();
        line(".\\\" " + name + "(1), written from " + name + "'s command model at build time (ManPage.java): edits here are lost.");
        line(".TH " + name.toUpperCase(java.util.Locale.ROOT) + " 1 " + date + " \"" + name + " " + version + "\" \"User Commands\"");
        line(".nh"); // no hyphenation: option names stay whole
        line(".ad l");
        line(".SH NAME");
        line(name + " \\- " + text(lowerFirst(stripStop(root.usageMessage().description()[0]))));
        line(".SH SYNOPSIS");
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            line(".PP");
            synopsis(command.getValue().getCommandSpec());
        }
        line(".SH DESCRIPTION");
        paragraphs(root.usageMessage().description());
        line(".PP");
        line("Commands:");
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            line(".TP");
            line("\\fB" + text(command.getKey()) + "\\fR");
            line(text(stripStop(summary(command.getValue().getCommandSpec()))) + ".");
        }
        examples(root);
        line(".SH COMMANDS");
        Set<String> common = commonOptions();
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            command(command.getValue().getCommandSpec(), common);
        }
        line(".SH COMMON OPTIONS");
        line("Every command that reads articles (" + text(String.join(", ", readingCommands())) + ") takes these:");
        for (OptionSpec option : anyReadingCommand().options()) {
            if (common.contains(key(option)) && !option.hidden()) {
                option(option);
            }
        }
        line(".SH EXIT STATUS");
        exitCodes(root.usageMessage().exitCodeList());
        line(".SH ENVIRONMENT");
        environment();
        line(".SH SEE ALSO");
        line("\\fBgrep\\fR(1), \\fBjq\\fR(1); the README of " + name + "'s sources for the output fields, the query syntax and the measurements.");
        return out.toString();
    }

    private void command(CommandSpec spec, Set<String> common) {
        line(".SS " + text(spec.qualifiedName()));
        synopsis(spec);
        line(".PP");
        paragraphs(spec.usageMessage().header().length > 0 ? spec.usageMessage().header() : new String[0]);
        paragraphs(spec.usageMessage().description());
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (!positional.hidden()) {
                line(".TP");
                line("\\fI" + text(positional.paramLabel()) + "\\fR");
                description(positional);
            }
        }
        boolean commonListed = false;
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            if (spec.userObject() instanceof Subcommand && common.contains(key(option))) {
                commonListed = true;
                continue;
            }
            option(option);
        }
        if (commonListed) {
            line(".PP");
            line("And the common options (see \\fBCOMMON OPTIONS\\fR).");
        }
        Map<String, String> exits = spec.usageMessage().exitCodeList();
        if (!exits.isEmpty() && !exits.equals(root.usageMessage().exitCodeList())) {
            line(".PP");
            line("Exit status:");
            exitCodes(spec.usageMessage().exitCodeList());
        }
        examples(spec);
    }

    private void synopsis(CommandSpec spec) {
        // one long line, which roff fills: picocli would break it at its usage width, even inside [--kind=KIND[,KIND...]]
        int width = spec.usageMessage().width();
        spec.usageMessage().width(10_000);
        String synopsis = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip().replaceAll("\\s+", " ");
        spec.usageMessage().width(width);
        String name = spec.qualifiedName();
        String rest = synopsis.startsWith(name) ? synopsis.substring(name.length()) : " " + synopsis;
        line("\\fB" + text(name) + "\\fR" + text(rest));
    }

    private void option(OptionSpec option) {
        line(".TP");
        StringBuilder tag = new StringBuilder();
        for (String n : option.names()) {
            tag.append(tag.isEmpty() ? "" : ", ").append("\\fB").append(text(n)).append("\\fR");
        }
        if (option.arity().max() > 0) {
            tag.append("=\\fI").append(text(option.paramLabel())).append("\\fR");
        }
        line(tag.toString());
        description(option);
    }

    private void description(ArgSpec arg) {
        String[] lines = arg.description();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                line(".br");
            }
            line(text(lines[i].strip()));
        }
    }

    private void examples(CommandSpec spec) {
        String[] footer = spec.usageMessage().footer();
        if (footer.length == 0) {
            return;
        }
        line(".PP");
        line("Examples:");
        line(".RS");
        line(".nf");
        for (String example : footer) {
            line(text(example.strip()));
        }
        line(".fi");
        line(".RE");
    }

    private void exitCodes(Map<String, String> codes) {
        for (Map.Entry<String, String> code : codes.entrySet()) {
            line(".TP");
            line(text(code.getKey().strip()));
            line(text(code.getValue().strip()));
        }
    }

    /** Description lines as --help prints them: each on a line of its own, an empty one between paragraphs. */
    private void paragraphs(String[] lines) {
        boolean open = false;
        for (String raw : lines) {
            for (String l : raw.split("%n", -1)) {
                if (l.isBlank()) {
                    if (open) {
                        line(".PP");
                        open = false;
                    }
                } else {
                    if (open) {
                        line(".br");
                    }
                    line((l.startsWith(" ") ? "\\ \\ " : "") + text(l.strip()));
                    open = true;
                }
            }
        }
    }

    private void environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(IndexOption.ENV, "The index a command answers from when it is given no FILE and nothing is piped to it "
                + "(as --index PATH), and the index that 'textdig index' updates when it is given no --index.");
        env.put("TEXTDIG_JAVA_OPTS", "More options for the Java virtual machine, e.g. -Xmx4g for a larger heap.");
        env.put("NO_COLOR", "When set, no colour (as --color never).");
        env.put("COLUMNS", "The width that text output wraps at (else the terminal's, else 100).");
        env.put("XDG_CACHE_HOME", "Where an installed textdig keeps its start-up caches (default ~/.cache/textdig).");
        for (Map.Entry<String, String> e : env.entrySet()) {
            line(".TP");
            line("\\fB" + text(e.getKey()) + "\\fR");
            line(text(e.getValue()));
        }
    }

    private Map<String, CommandLine> commands() {
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        root.subcommands().forEach((name, cl) -> {
            if (!cl.getCommandSpec().usageMessage().hidden()) {
                commands.put(name, cl);
            }
        });
        return commands;
    }

    private List<String> readingCommands() {
        return commands().entrySet().stream().filter(e -> e.getValue().getCommand() instanceof Subcommand).map(Map.Entry::getKey).toList();
    }

    private CommandSpec anyReadingCommand() {
        return commands().get(readingCommands().getFirst()).getCommandSpec();
    }

    /** The options every command that reads articles has, by name: listed once, in COMMON OPTIONS. */
    private Set<String> commonOptions() {
        Set<String> common = null;
        for (String name : readingCommands()) {
            Set<String> names = new LinkedHashSet<>();
            commands().get(name).getCommandSpec().options().forEach(o -> names.add(key(o)));
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        return common == null ? Set.of() : common;
    }

    /** An option by its name and what it says: index's own --index is not the others'. */
    private static String key(OptionSpec option) {
        return option.longestName() + "\n" + String.join("\n", option.description());
    }

    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] lines = header.length > 0 ? header : spec.usageMessage().description();
        return lines.length == 0 ? "" : lines[0].replace("%n", " ").strip();
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /**
     * Text for a roff text line: backslash and minus escaped, any character beyond ASCII by its
     * code point (groff reads Latin-1 unless told otherwise), and a line that would start with a
     * control character made text.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\\') {
                b.append("\\e");
            } else if (c == '-') {
                b.append("\\-");
            } else if (c == '\t') {
                b.append(' ');
            } else if (c < 0x20 || c == 0x7f) {
                // control characters never reach the page
            } else if (c > 0x7e) {
                b.append(String.format("\\[u%04X]", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        if (!b.isEmpty() && (b.charAt(0) == '.' || b.charAt(0) == '\'')) {
            b.insert(0, "\\&");
        }
        return b.toString();
    }
}
