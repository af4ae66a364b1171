package dev.textdig.cli;

import static dev.textdig.testing.Processes.finish;
import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.testing.Fixtures;
import dev.textdig.testing.Processes.Result;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} builds, as a user meets it: unpacked, installed
 * under a prefix with install.sh, run from another folder (never building anything), its man
 * page and completion scripts where man and the shells look, and uninstalled without a trace.
 */
class ReleaseIT {
    private static final Path TARGET = Path.of(System.getProperty("textdig.jar", "target/textdig.jar")).toAbsolutePath().getParent();
    private static final String VERSION = System.getProperty("textdig.version", "0.1.0");
    private static final List<String> INSTALLED = List.of("bin/textdig", "share/textdig/textdig.jar", "share/textdig/jar.key",
            "share/man/man1/textdig.1", "share/bash-completion/completions/textdig", "share/zsh/site-functions/_textdig",
            "share/fish/vendor_completions.d/textdig.fish", "share/doc/textdig/README.md", "share/textdig/uninstall.sh");

    @TempDir
    Path tmp;

    private Result run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        return finish(pb.start(), 300);
    }

    @Test
    void theArchiveInstallsRunsAndUninstallsCleanly() throws Exception {
        Path archive = TARGET.resolve("textdig-" + VERSION + ".tar.gz");
        assertThat(archive).isRegularFile();
        Result untar = run(tmp, Map.of(), "tar", "xzf", archive.toString());
        assertThat(untar.status()).as(untar.err()).isZero();
        Path unpacked = tmp.resolve("textdig-" + VERSION);
        assertThat(unpacked.resolve("install.sh")).isExecutable();
        assertThat(unpacked.resolve("bin/textdig")).isExecutable();
        assertThat(entries(unpacked)).isEqualTo(zipEntries(TARGET.resolve("textdig-" + VERSION + ".zip")));

        // A prefix that holds something of its own already, which an uninstall must leave alone.
        Path prefix = tmp.resolve("prefix");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/other-tool"), "#!/bin/sh\n");
        Path cache = tmp.resolve("cache");
        // A Maven that says when it is run: an installed textdig must never build.
        Path fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
        Path mavenRan = tmp.resolve("maven-ran");
        Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\ntouch '" + mavenRan + "'\nexit 1\n");
        fakeBin.resolve("mvn").toFile().setExecutable(true);
        Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString(), "XDG_CACHE_HOME", cache.toString(),
                "PATH", fakeBin + File.pathSeparator + System.getenv("PATH"));

        Result install = run(tmp, env, "sh", unpacked.resolve("install.sh").toString(), "--prefix", prefix.toString());
        assertThat(install.status()).as(install.err()).isZero();
        assertThat(install.out()).startsWith("textdig installed under " + prefix);
        for (String file : INSTALLED) {
            assertThat(prefix.resolve(file)).as(file).isRegularFile();
        }
        assertThat(prefix.resolve("bin/textdig")).isExecutable();

        // From another folder, on an article of its own.
        Path work = Files.createDirectories(tmp.resolve("work/news"));
        Files.copy(Fixtures.SAMPLE, work.resolve("a.txt"));
        Result search = run(work.getParent(), env, prefix.resolve("bin/textdig").toString(), "search", "-n", "1", "Elysée tenant", "news/");
        assertThat(search.status()).as(search.err()).isZero();
        assertThat(search.out()).startsWith("news/a.txt:11 (¶6, body");
        assertThat(search.err()).isEmpty();
        Result version = run(work, env, prefix.resolve("bin/textdig").toString(), "--version");
        assertThat(version.out()).startsWith("textdig " + VERSION + "\n");
        assertThat(mavenRan).doesNotExist();
        String key = Files.readString(prefix.resolve("share/textdig/jar.key")).strip();
        assertThat(key).matches("[0-9a-f]{16}");

        if (CompletionTest.onPath("man")) {
            // man finds the page under the prefix's share/man, as it does for ~/.local/bin on PATH
            Result where = run(tmp, Map.of("MANPATH", prefix.resolve("share/man").toString()), "man", "-w", "textdig");
            assertThat(where.out().strip()).isEqualTo(prefix.resolve("share/man/man1/textdig.1").toString());
            Result page = run(tmp, Map.of("MANPAGER", "cat", "MANWIDTH", "80"), "man", "-l", prefix.resolve("share/man/man1/textdig.1").toString());
            assertThat(page.status()).as(page.err()).isZero();
            assertThat(page.out().replaceAll(".\b", "")).contains("COMMON OPTIONS", "textdig completion");
        }
        Result bash = run(tmp, Map.of(), "bash", "-c", "source '" + prefix.resolve("share/bash-completion/completions/textdig") + "' && complete -p textdig");
        assertThat(bash.out()).contains("-F _complete_textdig");

        Result uninstall = run(tmp, env, prefix.resolve("share/textdig/uninstall.sh").toString());
        assertThat(uninstall.status()).as(uninstall.err()).isZero();
        assertThat(entries(prefix)).containsExactly("bin/other-tool");
        assertThat(prefix.resolve("share")).doesNotExist();
        if (Files.isDirectory(cache)) {
            try (Stream<Path> left = Files.walk(cache)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("textdig-" + key));
            }
        }
        Result again = run(tmp, env, "sh", unpacked.resolve("install.sh").toString(), "--uninstall", "--prefix", prefix.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("install.sh: no textdig installed under " + prefix + " (no " + prefix + "/share/textdig/installed)\n");
    }

    /** The regular files under {@code dir}, by their path relative to it. */
    private static Set<String> entries(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static Set<String> zipEntries(Path zip) throws Exception {
        Set<String> names = new TreeSet<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName().substring(("textdig-" + VERSION + "/").length())));
        }
        return names;
    }
}
