package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} ends with its exit statuses and examples, and each example is a
 * real command: run here on the sample folder, as a user would paste it (the part before a pipe),
 * it finds something.
 */
class HelpExamplesTest {
    private static final CommandLine MODEL = Main.commandLine(new Invocation(java.io.InputStream.nullInputStream(), null,
            new PrintWriter(OutputStream.nullOutputStream()), new Terminal(false, false, Map.of())));

    @Test
    void everyCommandsHelpHasExamplesAndExitStatuses() {
        for (CommandSpec spec : commands()) {
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue; // picocli's own
            }
            assertThat(examples(spec)).as(spec.qualifiedName()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(spec.usageMessage().exitCodeList()).as(spec.qualifiedName()).containsKeys("0", "2");
            Run help = Cli.run((spec == MODEL.getCommandSpec() ? List.of("--help") : List.of(spec.name(), "--help")).toArray(String[]::new));
            assertThat(help.out()).contains("Exit status:", "Examples:", examples(spec).getFirst());
        }
    }

    @Test
    void everyExampleRunsOnTheSampleAndFindsSomething(@TempDir Path dir) throws Exception {
        int ran = 0;
        for (CommandSpec spec : commands()) {
            for (String example : examples(spec)) {
                String line = example.replace("news.idx", dir.resolve("news.idx").toString());
                byte[] stdin = null;
                Map<String, String> env = new HashMap<>();
                List<String> words = words(line);
                if (words.getFirst().equals("cat")) { // cat FILE | textdig ...
                    stdin = Files.readAllBytes(Path.of(words.get(1)));
                    words = words.subList(3, words.size());
                }
                while (words.getFirst().contains("=")) { // VAR=value textdig ...
                    String[] kv = words.getFirst().split("=", 2);
                    env.put(kv[0], kv[1]);
                    words = words.subList(1, words.size());
                }
                assertThat(words.getFirst()).as(example).isEqualTo("textdig");
                Run r = Cli.execute(stdin, env, words.subList(1, words.size()).toArray(String[]::new));
                assertThat(r.status()).as(example + "\n" + r.err()).isZero();
                assertThat(r.out()).as(example).isNotBlank();
                ran++;
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(20);
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        all.add(MODEL.getCommandSpec());
        MODEL.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    /** The footer's command lines: those that run textdig, at most to the first pipe or redirection. */
    private static List<String> examples(CommandSpec spec) {
        List<String> examples = new ArrayList<>();
        for (String line : spec.usageMessage().footer()) {
            String l = line.strip();
            int inner = l.indexOf("<(");
            if (inner >= 0) { // source <(textdig completion bash)
                l = l.substring(inner + 2, l.indexOf(')', inner));
            }
            if (l.startsWith("textdig ") || l.startsWith("cat ") || l.matches("[A-Z_]+=\\S+ textdig .*")) {
                examples.add(l);
            }
        }
        return examples;
    }

    /** A command line's words as sh reads them (quotes, no expansions), up to a pipe, redirection or comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ((c == '|' || c == '>' || c == '#') && word == null) {
                if (c == '|' && words.getFirst().equals("cat")) {
                    words.add("|");
                    continue;
                }
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
