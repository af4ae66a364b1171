package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Processes;
import dev.textdig.testing.Processes.Result;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** textdig(1): written from the command model, a section per command, rendered by groff and man without a warning. */
class ManPageTest {
    private static final CommandLine MODEL = Main.commandLine(new Invocation(java.io.InputStream.nullInputStream(), null,
            new PrintWriter(OutputStream.nullOutputStream()), new Terminal(false, false, Map.of())));
    private static final String PAGE = ManPage.roff(MODEL, "1.2.3", "2026-11-30");

    @Test
    void everyCommandHasASectionWithEveryOptionItTakesAndItsExamples() {
        assertThat(PAGE).startsWith(".\\\"").contains(".TH TEXTDIG 1 2026-11-30 \"textdig 1.2.3\"", ".SH EXIT STATUS", ".SH ENVIRONMENT");
        MODEL.getSubcommands().forEach((name, command) -> {
            assertThat(PAGE).contains(".SS textdig " + name + "\n");
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    assertThat(PAGE).as(name + " " + option.longestName()).contains("\\fB" + ManPage.text(option.longestName()) + "\\fR");
                }
            }
            for (String example : command.getCommandSpec().usageMessage().footer()) {
                assertThat(PAGE).contains(ManPage.text(example.strip()));
            }
        });
        // a synopsis is one line for roff to fill, never broken where picocli's help breaks it
        assertThat(PAGE).contains("\\-n=N] [\\-\\-solr=URL[,URL...]] [\\-g=GLOB]... [\\-\\-kind=KIND[,KIND...]]... [\\-t=TYPE[,TYPE...]]... [FILE...]\n").doesNotContain("[, ");
        // index's --index is its own (the folder to update), not the common one (the folder to answer from)
        assertThat(PAGE).contains("The index folder, made when missing", "Answer from the index at PATH");
    }

    @Test
    void textCannotBeTakenForRoffRequests() {
        assertThat(ManPage.text(".start")).isEqualTo("\\&.start");
        assertThat(ManPage.text("'quoted")).isEqualTo("\\&'quoted");
        assertThat(ManPage.text("a\\b -n Elysée")).isEqualTo("a\\eb \\-n Elys\\[u00E9]e");
        assertThat(ManPage.text("bell\u0007")).isEqualTo("bell");
    }

    @Test
    void groffRendersItWithoutAWarning(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(CompletionTest.onPath("groff"), "groff is not installed (apt-get install groff-base)");
        Path page = Files.writeString(dir.resolve("textdig.1"), PAGE);
        Result r = Processes.finish(new ProcessBuilder("groff", "-ww", "-man", "-Tutf8", page.toString()).start(), 60);
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        String text = r.out().replaceAll(".\b", ""); // groff's overstrike bold
        assertThat(text).contains("TEXTDIG(1)", "NAME", "textdig - search, keywords and quotations", "COMMON OPTIONS",
                "textdig search \"Elysée tenant\" sample/", "--kind=KIND[,KIND...]");
        if (CompletionTest.onPath("man")) {
            ProcessBuilder man = new ProcessBuilder("man", "-l", page.toString());
            man.environment().put("MANPAGER", "cat");
            man.environment().put("MANWIDTH", "80");
            Result shown = Processes.finish(man.start(), 60);
            assertThat(shown.status()).as(shown.err()).isZero();
            assertThat(shown.out().replaceAll(".\b", "")).contains("textdig quotes --speakers sample/");
        }
    }
}
