package dev.textdig.fuzz;

import dev.textdig.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.textdig.output.TerminalText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target for the whole command line: any article on stdin, any command (keywords included),
 * any format. Whatever the input, the output contract holds: status 0, 1 or 2; stderr only
 * {@code textdig: } lines and never an internal error; text and TSV free of raw control
 * characters; JSON that parses; TSV rows with the header's columns.
 */
class CommandLineFuzzTest {
    private static final String[][] COMMANDS = {
        {"paragraphs"}, {"paragraphs", "--all"}, {"info"}, {"keywords"}, {"keywords", "--rank", "--ngrams", "1-3"},
        {"quotes"}, {"quotes", "--speakers"}, {"quotes", "--speaker", "mayor"}, {"search"}, {"search", "--literal"},
        {"quotes", "--verify", "the mayor said there will not be 3 new taxes"}, {"quotes", "--verify", "I think"},
        {"quotes", "--verify", "la grève n'est pas une fatalité pour Macron", "--speaker", "ministre"},
    };
    private static final String[] FORMATS = {"text", "tsv", "jsonl", "json"};
    private static final JsonFactory JSON = new JsonFactory();

    @FuzzTest(maxDuration = "5m")
    void everyCommandKeepsTheOutputContract(FuzzedDataProvider data) throws IOException {
        String[] command = data.pickValue(COMMANDS);
        String format = data.pickValue(FORMATS);
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--format", format));
        if (command[0].equals("search")) {
            args.add("--");
            args.add(data.consumeString(100));
        }
        byte[] stdin = data.consumeRemainingAsBytes();

        Cli.Run run = Cli.withStdin(stdin, args.toArray(String[]::new));
        int status = run.status();
        String stdout = run.out();
        String err = run.err();

        assertThat(status).isIn(0, 1, 2);
        for (String line : err.split("\n")) {
            if (!line.isEmpty()) {
                assertThat(line).startsWith("textdig: ").doesNotContain("internal error");
            }
        }
        if (status == 2) {
            assertThat(err).isNotEmpty();
        }
        switch (format) {
            case "text" -> assertSafe(stdout, false);
            case "tsv" -> {
                assertSafe(stdout, true);
                String[] lines = stdout.split("\n");
                int columns = lines[0].split("\t", -1).length;
                for (String line : lines) {
                    assertThat(line.split("\t", -1)).hasSize(columns);
                }
            }
            case "jsonl" -> {
                for (String line : stdout.split("\n")) {
                    if (!line.isEmpty()) {
                        parse(line);
                    }
                }
            }
            default -> {
                if (!stdout.isEmpty()) {
                    parse(stdout);
                }
            }
        }
    }

    private static void assertSafe(String stdout, boolean tabs) {
        for (int i = 0; i < stdout.length(); i++) {
            char c = stdout.charAt(i);
            if (c != '\n' && !(tabs && c == '\t')) {
                assertThat(TerminalText.isUnsafe(c)).as("raw U+%04X at %d", (int) c, i).isFalse();
            }
        }
    }

    /** Reads every token: one JSON value, nothing after it. */
    private static void parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            assertThat(p.nextToken()).isNotNull();
            p.skipChildren();
            assertThat(p.nextToken()).isNull();
        }
    }
}
