package dev.textdig.cli;

import dev.textdig.article.InputException;
import dev.textdig.index.Analyzers;
import dev.textdig.index.QuerySyntaxException;
import dev.textdig.index.RankBy;
import dev.textdig.index.Typo;
import dev.textdig.output.OutputClosedException;
import dev.textdig.output.OutputFailedException;
import dev.textdig.output.Stdout;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The entry point. One method wires the whole error and exit policy: results on stdout, one-line
 * diagnostics on stderr as {@code textdig: message}, exit status 0/1/2, no stack trace without
 * {@code --debug}, a quiet stop when stdout closes.
 */
@Command(name = "textdig", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Search, keywords and quotations in news articles saved as plain text.", ""},
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.HELP_FOUND, ExitStatus.HELP_NOT_FOUND, ExitStatus.HELP_ERROR, ExitStatus.HELP_INTERRUPTED},
        footerHeading = "%nExamples:%n",
        footer = {"  textdig search \"Elysée tenant\" sample/",
            "  textdig search --format jsonl kind:title sample/ | jq -r .text",
            "  cat sample/macron-nagorno-karabakh.txt | textdig info",
            "  textdig help search",
            "(The examples run on the sample folder of textdig's sources; man textdig has them all.)"})
public final class Main implements Runnable {
    /** Kept so the logger and its level survive garbage collection. */
    private static final Logger LUCENE_LOGGER = Logger.getLogger("org.apache.lucene");

    static {
        // Lucene logs a notice about the vector module on JDK 25: stderr stays clean on success.
        LUCENE_LOGGER.setLevel(Level.OFF);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: search, keywords, quotes, paragraphs, info, index or export");
    }

    public static void main(String[] args) {
        Stdout stdout = new Stdout(new FileOutputStream(FileDescriptor.out), Terminal::stdoutReaderGone);
        // On SIGINT or SIGTERM the JVM exits with 128 + the signal's number (130, 143) once this
        // hook returns: output then ends with a whole record (see Stdout.stop).
        Runtime.getRuntime().addShutdownHook(new Thread(stdout::stop, "textdig-stop"));
        Terminal terminal = Terminal.detect();
        InputStream stdin = System.in;
        if (Terminal.stdinClosed()) {
            // Nothing to read: "no input" without FILE, an error for '-'.
            terminal = new Terminal(true, terminal.stdoutIsTerminal(), terminal.env());
            stdin = new InputStream() {
                @Override
                public int read() throws java.io.IOException {
                    throw new java.io.IOException("stdin is closed");
                }
            };
        }
        int status = run(stdin, stdout, new PrintWriter(System.err, true, StandardCharsets.UTF_8), terminal, args);
        System.exit(status);
    }

    /** Runs one command line and returns its exit status; nothing here calls {@code System.exit}. */
    public static int run(InputStream in, OutputStream out, PrintWriter err, Terminal terminal, String... args) {
        return run(in, new Stdout(out), err, terminal, args);
    }

    private static int run(InputStream in, Stdout out, PrintWriter err, Terminal terminal, String... args) {
        Invocation ctx = new Invocation(in, out, err, terminal);
        CommandLine cl = commandLine(ctx, args);
        // A command's own output errors reach the execution handler; help and version text is
        // written out here.
        int status;
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError e) {
            ctx.warn("out of memory (give the JVM more with TEXTDIG_JAVA_OPTS=-Xmx..., or give fewer files)");
            return ExitStatus.ERROR;
        } catch (StackOverflowError e) {
            ctx.warn("internal error: stack overflow (input nested too deeply?)");
            return ExitStatus.ERROR;
        }
        try {
            ctx.out.write(ctx.help.toString());
            ctx.out.flush();
        } catch (OutputClosedException ignored) {
            // the reader went away; nothing more to say
        } catch (OutputFailedException e) {
            ctx.warn(e.getMessage());
            status = ExitStatus.ERROR;
        }
        err.flush();
        return status;
    }

    /**
     * The subcommands by name, in the order {@code --help} lists them. Made on demand: picocli
     * builds a command's model by reflection, which is a good part of the start-up time.
     */
    static final Map<String, Function<Invocation, Subcommand>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<Invocation, Subcommand>> subcommands() {
        Map<String, Function<Invocation, Subcommand>> commands = new LinkedHashMap<>();
        commands.put("search", SearchCommand::new);
        commands.put("paragraphs", ParagraphsCommand::new);
        commands.put("keywords", KeywordsCommand::new);
        commands.put("quotes", QuotesCommand::new);
        commands.put("info", InfoCommand::new);
        commands.put("index", IndexCommand::new);
        commands.put("export", ExportCommand::new);
        return commands;
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that
     * subcommand is built, as nothing else can run; otherwise (help, version, a mistyped name)
     * all are, for the list in {@code --help} and the suggestions of a mistyped name.
     */
    static CommandLine commandLine(Invocation ctx, String... args) {
        Function<Invocation, Subcommand> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        CommandLine cl = new CommandLine(new Main());
        if (only != null) {
            cl.addSubcommand(args[0], only.apply(ctx));
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.apply(ctx)));
            // Here, not in SUBCOMMANDS: its scripts describe the whole model, which this branch builds.
            cl.addSubcommand("completion", new CompletionCommand(ctx));
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        PrintWriter helpOut = new PrintWriter(ctx.help, true);
        cl.setOut(helpOut);
        cl.setErr(ctx.err);
        cl.setExpandAtFiles(false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // After the subcommands are added: picocli registers a converter with those it has.
        cl.registerConverter(RankBy.class, Usage.lowerCaseChoice(RankBy.class));
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler((ex, unmatched) -> usageError(ex, ctx));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, ctx, ran(parseResult)));
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.setOut(helpOut);
            sub.setErr(ctx.err);
        }
        return cl;
    }

    /**
     * Every usage error, picocli's own and those the commands find: one line on stderr,
     * {@code textdig: message (see 'textdig COMMAND --help')}, status 2.
     */
    private static int usageError(ParameterException ex, Invocation ctx) {
        String message = ex.getMessage() == null ? "bad usage" : firstLine(ex.getMessage());
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException && message.startsWith("Error: ")) {
            // picocli alone starts these with "Error: ", which the "textdig: " prefix already says.
            message = message.substring("Error: ".length());
        }
        String command = ex.getCommandLine().getCommandName();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && command.equals("textdig")
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            message = unknownCommand(unmatched);
        }
        String help = "see '" + (command.equals("textdig") ? "textdig --help" : "textdig " + command + " --help") + "'";
        if (command.equals("search") && message.startsWith("Unknown option")) {
            help = "put -- before a query that starts with '-'; " + help;
        }
        ctx.warn(lowerFirst(message) + " (" + help + ")");
        return ExitStatus.ERROR;
    }

    /** {@code textdig serch}: the command meant, when one is close, else the commands there are. */
    private static String unknownCommand(CommandLine.UnmatchedArgumentException ex) {
        String typed = ex.getUnmatched().getFirst();
        Map<String, CommandLine> commands = ex.getCommandLine().getSubcommands();
        String best = Typo.nearest(typed, commands.keySet());
        return "unknown command '" + typed + "'"
                + (best != null ? "; did you mean '" + best + "'?" : " (commands: " + String.join(", ", commands.keySet()) + ")");
    }

    /** The command that ran, as parsed: its options say whether to show a trace, which hints apply. */
    private static CommandLine.ParseResult ran(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command;
    }

    private static int handle(Exception ex, Invocation ctx, CommandLine.ParseResult command) {
        boolean debug = command.hasMatchedOption("--debug");
        if (ex instanceof OutputClosedException) {
            return ExitStatus.of(ctx.written);
        }
        if (ex instanceof QuerySyntaxException query) {
            // "or use --literal" only where the command has it (quotes --query does not)
            ctx.warn(firstLine(query.message(command.commandSpec().findOption("--literal") != null)));
            return ExitStatus.ERROR;
        }
        if (ex instanceof InputsUnread) {
            return ExitStatus.ERROR; // each was named on stderr as it failed
        }
        if (ex instanceof InputException || ex instanceof OutputFailedException) {
            ctx.warn(firstLine(ex.getMessage()));
            return ExitStatus.ERROR;
        }
        ctx.warn("internal error: " + firstLine(String.valueOf(ex)) + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            ctx.err.print(trace);
            ctx.err.flush();
        }
        return ExitStatus.ERROR;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    /**
     * {@code --version}: textdig's version and the commit it was built from, then the Java
     * runtime and Lucene. Read only when asked, so other commands load none of it.
     */
    static final class Version implements CommandLine.IVersionProvider {
        static final String BUILD_INFO = "/dev/textdig/build.properties";

        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties build = new java.util.Properties();
            try (InputStream in = Main.class.getResourceAsStream(BUILD_INFO)) {
                if (in != null) {
                    build.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            String version = Main.class.getPackage().getImplementationVersion(); // from the jar's manifest
            return new String[] {
                "textdig " + (version == null ? "(development build)" : version),
                "commit " + known(build.getProperty("commit")),
                "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                        + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                "Lucene " + Analyzers.luceneVersion()};
        }

        /** No git at build time (a tarball) leaves the value empty, or Ant's unexpanded ${...}. */
        private static String known(String value) {
            return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
        }
    }
}
