package dev.textdig.cli;

import static dev.textdig.testing.Processes.finish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Processes.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that are not valid UTF-8 ({@code bad\xffname.txt}), which grep and ripgrep open by
 * their bytes. Java cannot pass such a name to a process (it encodes arguments in UTF-8), so bash
 * makes the files and the arguments with printf, and the JVM gets them as a shell would give them.
 */
class NonUtf8NamesIT {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String JAR = System.getProperty("textdig.jar", "target/textdig.jar");
    /** A folder with two names that decode alike (\xfe, \xff both become U+FFFD) and one in Latin-1. */
    private static final String SETUP = "cd \"$1\" && mkdir -p news && "
            + "printf 'The council met.\\n' > \"$(printf 'news/bad\\376name.txt')\" && "
            + "printf 'The council met. The council left.\\n\\nThe council came back.\\n' > \"$(printf 'news/bad\\377name.txt')\" && "
            + "printf 'Le council de Montreal.\\n' > \"$(printf 'news/montr\\351al.txt')\" && "
            + "printf 'No match here.\\n' > news/ok.txt && shift && ";


    private static Result bash(Path dir, String script, String... env) throws Exception {
        List<String> command = new ArrayList<>(List.of("env"));
        command.addAll(List.of(env));
        command.addAll(List.of("bash", "-c", SETUP + script, "sh", dir.toString(), JAVA, JAR));
        return finish(new ProcessBuilder(command).start(), 120);
    }

    @Test
    void aNameThatIsNotUtf8IsOpenedAndShownWithItsBytesEscaped(@TempDir Path dir) throws Exception {
        // Given as arguments: each opened by its own bytes, in the order given.
        Result given = bash(dir, "exec \"$1\" -jar \"$2\" search -c council \"$(printf 'news/bad\\377name.txt')\" "
                + "\"$(printf 'news/bad\\376name.txt')\" \"$(printf 'news/montr\\351al.txt')\"");
        assertThat(given.err()).isEmpty();
        assertThat(given.status()).isZero();
        assertThat(given.out()).isEqualTo("news/bad\\xffname.txt:2\nnews/bad\\xfename.txt:1\nnews/montr\\xe9al.txt:1\n");

        // Found in a folder: -l prints names that bash's $'...' (printf %b) turns back into the bytes.
        Result listed = bash(dir, "exec \"$1\" -jar \"$2\" search -l council news");
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo("news/bad\\xfename.txt\nnews/bad\\xffname.txt\nnews/montr\\xe9al.txt\n");
        Result reopened = bash(dir, "\"$1\" -jar \"$2\" search -l council news | while IFS= read -r n; do "
                + "cat -- \"$(printf '%b' \"$n\")\" > /dev/null || exit 9; done");
        assertThat(reopened.status()).as(reopened.err()).isZero();

        // Missing: the name as given, not one the decoding made up.
        Result missing = bash(dir, "exec \"$1\" -jar \"$2\" info \"$(printf 'news/gone\\377.txt')\"");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("textdig: news/gone\\xff.txt: no such file or folder\n");
    }

    /** {@code --stopwords FILE} opens its file by its bytes too, given apart or as {@code --stopwords=FILE}. */
    @Test
    void aStopwordsFileWhoseNameIsNotUtf8IsRead(@TempDir Path dir) throws Exception {
        String stop = "printf 'council\\n' > \"$(printf 'stop\\377.txt')\" && ";
        Result apart = bash(dir, stop + "exec \"$1\" -jar \"$2\" keywords --format tsv --stopwords \"$(printf 'stop\\377.txt')\" news/bad*");
        assertThat(apart.err()).isEmpty();
        assertThat(apart.status()).isZero();
        assertThat(apart.out()).doesNotContain("council");
        Result joined = bash(dir, stop + "exec \"$1\" -jar \"$2\" keywords --format tsv --stopwords=\"$(printf 'stop\\377.txt')\" news/bad*");
        assertThat(joined.err()).isEmpty();
        assertThat(joined.out()).isEqualTo(apart.out());
        Result missing = bash(dir, "exec \"$1\" -jar \"$2\" keywords --stopwords \"$(printf 'gone\\377.txt')\" news/ok.txt");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("textdig: gone\\xff.txt: no such file (--stopwords)\n");
    }

    /** Started without the launcher in the C locale, the JVM decodes arguments as ASCII: the bytes are found all the same. */
    @Test
    void theJarAloneInTheCLocaleOpensUtf8AndOtherNames(@TempDir Path dir) throws Exception {
        Result r = bash(dir, "cp news/ok.txt 'café.txt' && exec \"$1\" -jar \"$2\" search -c -- match café.txt "
                + "\"$(printf 'news/bad\\377name.txt')\"", "LC_ALL=C", "LANG=C");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("café.txt:1\nnews/bad\\xffname.txt:0\n");
    }

    /** Through the launcher (a copy beside the jar, so it never builds), as a user types it. */
    @Test
    void theLauncherPassesTheBytesOn(@TempDir Path dir) throws Exception {
        Path install = dir.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("target"));
        Path launcher = Files.copy(Path.of("bin/textdig"), install.resolve("bin/textdig"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(JAR), install.resolve("target/textdig.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result r = bash(dir, "exec bash \"" + launcher + "\" search -l council news \"$(printf 'news/bad\\377name.txt')\"",
                "TEXTDIG_NO_CACHE=1", "LANG=C", "LC_ALL=C");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("news/bad\\xfename.txt\nnews/bad\\xffname.txt\nnews/montr\\xe9al.txt\nnews/bad\\xffname.txt\n");
    }
}
