package dev.textdig.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The training run of the launcher's start-up (AOT) cache: the cache holds the classes a training
 * run loads, so it runs every command a user is likely to start, not one search, on a small
 * article of its own. Output is thrown away; a failed training only costs speed.
 */
public final class StartupTraining {
    private static final String ARTICLE = """
            Home › World › Harbour towns

            Storm closes the port of Westhaven as ferries stay in dock

            By Clara Mendes, Tuesday 4 March

            “The harbour must stay closed until the wind drops,” said the harbour master, Tom Reilly, on Tuesday morning.

            Ferries to the islands were cancelled for a second day. Reilly said the crews were safe and that “no boat will leave before Thursday”.

            The mayor, Ana Duarte, asked residents to keep away from the sea front. “We have sandbags in every street by the water,” she told reporters.

            Share this article
            """;

    private static final String[][] COMMANDS = {
        {"search", "--format", "json", "harbour OR ferr* OR speaker:reilly OR quote:wind"},
        {"search", "closed harbour"},
        {"keywords"},
        {"quotes"},
        {"paragraphs"},
        {"info"},
    };

    private StartupTraining() {
    }

    public static void main(String[] args) {
        Terminal piped = new Terminal(false, false, Map.of());
        PrintWriter err = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] command : COMMANDS) {
            byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
            Main.run(new ByteArrayInputStream(article), OutputStream.nullOutputStream(), err, piped, command);
        }
    }
}
