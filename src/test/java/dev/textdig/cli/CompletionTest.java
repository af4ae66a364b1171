package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Processes;
import dev.textdig.testing.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code textdig completion bash|zsh|fish}: each script loaded in its own shell completes what a
 * user types, as the shell would when TAB is pressed (bash's completion function driven through
 * COMP_WORDS and COMP_CWORD; fish's {@code complete -C}).
 */
class CompletionTest {
    /** Loads the script, then sets the words as bash does for a TAB at the end of the last one. */
    private static final String BASH_DRIVER = """
            source "$1"; shift
            compopt() { :; }  # only allowed while readline completes; the candidates are what is checked
            COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _complete_textdig textdig "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """;

    @TempDir
    Path dir;

    private Path script(String shell) throws Exception {
        Run r = Cli.run("completion", shell);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return Files.writeString(dir.resolve("textdig." + shell), r.out());
    }

    private static Result run(String... command) throws Exception {
        return Processes.finish(new ProcessBuilder(command).start(), 60);
    }

    private List<String> bashCompletes(Path script, String... words) throws Exception {
        Path driver = Files.writeString(dir.resolve("driver.bash"), BASH_DRIVER);
        List<String> command = new ArrayList<>(List.of("bash", driver.toString(), script.toString(), "textdig"));
        command.addAll(List.of(words));
        Result r = run(command.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        return r.out().lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
        Path bash = script("bash");
        assertThat(bashCompletes(bash, "se")).containsExactly("search");
        assertThat(bashCompletes(bash, "search", "--format", "")).containsExactly("text", "tsv", "jsonl", "json");
        assertThat(bashCompletes(bash, "search", "--kind", "b")).containsExactly("body", "boilerplate");
        assertThat(bashCompletes(bash, "search", "-n", "3", "--by", "")).containsExactly("paragraph", "article");
        assertThat(bashCompletes(bash, "keywords", "--r")).containsExactly("--rank");
        assertThat(bashCompletes(bash, "quotes", "--lang", "")).containsExactly("auto", "en", "fr");
        assertThat(bashCompletes(bash, "completion", "")).containsExactly("bash", "zsh", "fish");
        // a file for an option that takes one
        assertThat(bashCompletes(bash, "keywords", "--stopwords", "samp")).contains("sample");
        // the hidden --all (the old name of -a) is taken, never offered
        assertThat(bashCompletes(bash, "paragraphs", "--al")).containsExactly("--all-paragraphs");
    }

    @Test
    void zshLoadsThePicocliScriptThroughBashcompinit() throws Exception {
        Assumptions.assumeTrue(onPath("zsh"), "zsh is not installed");
        Path zsh = script("zsh");
        assertThat(Files.readString(zsh)).startsWith("#compdef textdig\n");
        Result syntax = run("zsh", "-n", zsh.toString());
        assertThat(syntax.status()).as(syntax.err()).isZero();
        // zsh filters the candidates by what is typed itself; the function gives them all
        String session = "autoload -U +X compinit && compinit -u -D; source '" + zsh + "'; setopt ksharrays; "
                + "COMP_WORDS=(textdig search --format ''); COMP_CWORD=3; _complete_textdig; print -l -- \"${COMPREPLY[@]}\"; "
                + "print -- \"${_comps[textdig]}\"";
        Result r = run("zsh", "-f", "-c", session);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).containsExactly("text", "tsv", "jsonl", "json", "_bash_complete -F _complete_textdig -o default");
    }

    /** As installed: _textdig in $fpath, autoloaded on the first TAB of an interactive zsh (driven through zpty). */
    @Test
    void zshCompletesOnTheFirstTabFromFpath() throws Exception {
        Assumptions.assumeTrue(onPath("zsh"), "zsh is not installed");
        Path functions = Files.createDirectories(dir.resolve("site-functions"));
        Files.move(script("zsh"), functions.resolve("_textdig"));
        String session = String.join("\n",
                "zmodload zsh/zpty",
                "zpty -b z 'zsh -f -i'",
                "zpty -w z 'PS1=\"> \"; fpath=(" + functions + " $fpath); autoload -U compinit && compinit -u -D; textdig() { :; }'",
                "sleep 1",
                "zpty -w -n z $'textdig search --format \\t'",
                "sleep 3",
                "out=''",
                "while zpty -r -t z chunk; do out+=$chunk; done",
                "print -r -- \"$out\"",
                "zpty -d z");
        Result r = run("zsh", "-f", "-c", session);
        assertThat(r.out()).contains("jsonl", "tsv").doesNotContain("not found", "command not");
    }

    @Test
    void fishCompletesFromTheScriptWrittenFromTheModel() throws Exception {
        Assumptions.assumeTrue(onPath("fish"), "fish is not installed");
        Path fish = script("fish");
        Result syntax = run("fish", "-n", fish.toString());
        assertThat(syntax.status()).as(syntax.err()).isZero();
        String session = "source '" + fish + "'; complete -C'textdig se'; echo ==; complete -C'textdig search --format '; echo ==; "
                + "complete -C'textdig paragraphs --kind he'; echo ==; complete -C'textdig quotes --spea'; echo ==; complete -C'textdig completion '";
        Result r = run("fish", "--no-config", "-c", session);
        assertThat(r.err()).isEmpty();
        List<String> words = r.out().lines().map(l -> l.split("\t")[0]).toList();
        assertThat(String.join(" ", words)).isEqualTo("search == json jsonl text tsv == heading == --speaker --speakers == bash fish zsh");
        assertThat(r.out()).contains("search\tFind the paragraphs that match a query");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Run r = Cli.run("completion", "tcsh");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("textdig: ").isEqualTo("textdig: invalid value for positional parameter at index 0 (SHELL): expected one of bash, zsh, fish, not 'tcsh'"
                        + " (see 'textdig completion --help')");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
