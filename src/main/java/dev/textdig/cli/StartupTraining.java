package dev.textdig.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The training run of one of the launcher's start-up (AOT) caches: a cache holds the classes its
 * training loaded, so the launcher keeps one per command and trains it by running that command as
 * a user would, on a small article of its own, and asking for its help. {@code help} trains the
 * cache of everything else: help, version, a mistyped command. Output is thrown away; a failed
 * training only costs speed.
 */
public final class StartupTraining {
    static final String ARTICLE = """
            Home › World › Harbour towns

            Storm closes the port of Westhaven as ferries stay in dock

            By Clara Mendes, Tuesday 4 March

            “The harbour must stay closed until the wind drops,” said the harbour master, Tom Reilly, on Tuesday morning.

            Ferries to the islands were cancelled for a second day. Reilly said the crews were safe and that “no boat will leave before Thursday”.

            The mayor, Ana Duarte, asked residents to keep away from the sea front. “We have sandbags in every street by the water,” she told reporters.

            Share this article
            """;

    /** The command lines each cache is trained on, by the first argument they serve. */
    static final Map<String, String[][]> TRAINING = Map.of(
            "search", new String[][] {
                {"search", "--format", "json", "harbour OR ferr* OR speaker:reilly OR quote:wind"},
                {"search", "closed harbour"},
                {"search", "--help"},
            },
            "keywords", new String[][] {{"keywords"}, {"keywords", "--help"}},
            "quotes", new String[][] {{"quotes"}, {"quotes", "--help"}},
            "paragraphs", new String[][] {{"paragraphs"}, {"paragraphs", "--help"}},
            "info", new String[][] {{"info"}, {"info", "--help"}},
            // Only its help: a training run writes no index anywhere.
            "index", new String[][] {{"index", "--help"}},
            "export", new String[][] {{"export", "--format", "solr-json", "-"}, {"export", "--help"}},
            "help", new String[][] {{"--help"}, {"--version"}, {"serch", "harbour"}, {"completion", "bash"}});

    private StartupTraining() {
    }

    /** {@code args[0]}: the cache to train, a command's name or {@code help}. */
    public static void main(String[] args) {
        String[][] lines = args.length == 1 ? TRAINING.get(args[0]) : null;
        if (lines == null) {
            System.err.println("usage: StartupTraining " + String.join("|", TRAINING.keySet()));
            System.exit(2);
        }
        Terminal piped = new Terminal(false, false, Map.of());
        PrintWriter err = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] line : lines) {
            byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
            Main.run(new ByteArrayInputStream(article), OutputStream.nullOutputStream(), err, piped, line);
        }
    }
}
