package dev.textdig.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fish completion script, written from the command model (picocli makes bash's only): each
 * command, each option with its description, and the values of those that take a fixed set. As
 * with bash, a value with no fixed set completes as a file name.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandSpec root) {
        String name = root.name();
        StringBuilder out = new StringBuilder();
        out.append("# fish completion for ").append(name).append(", made from its command model: ")
                .append(name).append(" completion fish\n");
        String noCommandYet = "__fish_use_subcommand";
        Map<String, CommandLine> commands = root.subcommands();
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            CommandSpec spec = command.getValue().getCommandSpec();
            if (spec.usageMessage().hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n ").append(quote(noCommandYet)).append(" -f -a ")
                    .append(quote(command.getKey())).append(" -d ").append(quote(summary(spec.usageMessage().header().length > 0 ? spec.usageMessage().header() : spec.usageMessage().description())))
                    .append('\n');
        }
        options(out, name, noCommandYet, root);
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            CommandSpec spec = command.getValue().getCommandSpec();
            String inCommand = "__fish_seen_subcommand_from " + command.getKey();
            options(out, name, inCommand, spec);
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                if (!positional.hidden() && positional.completionCandidates() != null) {
                    out.append("complete -c ").append(name).append(" -n ").append(quote(inCommand)).append(" -f -a ")
                            .append(quote(String.join(" ", candidates(positional)))).append('\n');
                }
            }
            if (command.getValue().getCommand() instanceof CommandLine.HelpCommand) {
                // help COMMAND: the other commands' names
                List<String> names = new ArrayList<>(commands.keySet());
                names.remove(command.getKey());
                out.append("complete -c ").append(name).append(" -n ").append(quote(inCommand)).append(" -f -a ")
                        .append(quote(String.join(" ", names))).append('\n');
            }
        }
        return out.toString();
    }

    private static void options(StringBuilder out, String name, String condition, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n ").append(quote(condition));
            for (String n : option.names()) {
                if (n.startsWith("--")) {
                    out.append(" -l ").append(n.substring(2));
                } else if (n.length() == 2) {
                    out.append(" -s ").append(n.substring(1));
                } else {
                    out.append(" -o ").append(n.substring(1));
                }
            }
            if (option.arity().max() > 0) {
                if (option.completionCandidates() != null) {
                    // a fixed set: those values, never a file name (-x)
                    out.append(" -x -a ").append(quote(String.join(" ", candidates(option))));
                } else {
                    out.append(" -r");
                }
            }
            out.append(" -d ").append(quote(summary(option.description()))).append('\n');
        }
    }

    private static List<String> candidates(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        arg.completionCandidates().forEach(values::add);
        return values;
    }

    /** A description's first sentence: fish shows it beside the candidate, on one line. */
    private static String summary(String[] description) {
        String first = description.length == 0 ? "" : description[0].replace("%n", " ").strip();
        int end = first.indexOf(". ");
        first = end < 0 ? first : first.substring(0, end + 1);
        return first.endsWith(".") && !first.endsWith("..") ? first.substring(0, first.length() - 1) : first;
    }

    /** A word in fish's single quotes, where only {@code \} and {@code '} are special. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
