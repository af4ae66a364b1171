package dev.textdig.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code textdig completion bash|zsh|fish}: the shell's completion script, made from the whole
 * command model (so it is only built when this command runs: see {@link Main#commandLine}).
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Print the completion script of a shell: bash, zsh or fish.",
            "It completes commands, options, the values of --format, --kind and the other options that take "
                + "a fixed set, and file names.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the script was printed", ExitStatus.HELP_USAGE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(textdig completion bash)       # in ~/.bashrc",
            "  source <(textdig completion zsh)        # in ~/.zshrc",
            "  textdig completion fish > ~/.config/fish/completions/textdig.fish",
            "(install.sh from the release archive puts all three where the shells look.)"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH, FISH }

    /** SHELL as users type it, named in lower case when unknown (its own converter: other commands never load Shell). */
    static final class ShellName implements CommandLine.ITypeConverter<Shell> {
        @Override
        public Shell convert(String value) throws Exception {
            return Usage.lowerCaseChoice(Shell.class).convert(value);
        }
    }

    @Parameters(paramLabel = "SHELL", completionCandidates = Names.Shells.class, converter = ShellName.class,
            description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Spec
    CommandSpec spec;

    private final Invocation ctx;

    CompletionCommand(Invocation ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        ctx.out.write(script(shell, root));
        ctx.out.flush();
        return ExitStatus.FOUND;
    }

    static String script(Shell shell, CommandLine root) {
        return switch (shell) {
            case BASH -> AutoComplete.bash(root.getCommandName(), root);
            case ZSH -> zsh(root);
            case FISH -> FishCompletion.script(root.getCommandSpec());
        };
    }

    /**
     * zsh runs picocli's bash script through its bashcompinit (the script loads it). The first
     * line makes the file an autoloaded completion function too ({@code _textdig} in $fpath): on
     * the first TAB zsh runs the file, whose {@code complete} registers the function for the next
     * ones, and the last line answers this first one. Autoloaded, the file is parsed whole before
     * it runs, so the script's {@code alias compopt=complete} comes too late for its own functions:
     * a {@code compopt} that does nothing stands in (bash's hint for file names, which zsh needs not).
     */
    private static String zsh(CommandLine root) {
        String name = root.getCommandName();
        return "#compdef " + name + "\n"
                + "# zsh completion for " + name + ": autoloaded from $fpath as _" + name
                + ", or sourced: source <(" + name + " completion zsh)\n"
                + "(( $+functions[compopt] )) || compopt() { return 0; }\n"
                + AutoComplete.bash(name, root)
                + "\n# Autoloaded on the first TAB: answer it (the complete line above serves the next ones).\n"
                + "if [[ ${funcstack[1]:-} == _" + name + " ]]; then _bash_complete -F _complete_" + name + "; fi\n";
    }
}
