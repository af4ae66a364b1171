package dev.textdig.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import picocli.CommandLine;

/**
 * What the release archive holds beside the jar, written at build time ({@code mvn package}) from
 * the same command model as {@code --help}: the man page, the three completion scripts, and the
 * jar's key for the launcher's start-up caches. Laid out as under an install prefix.
 *
 * <pre>java -cp textdig.jar dev.textdig.cli.ReleaseFiles OUT_DIR VERSION DATE</pre>
 */
public final class ReleaseFiles {
    private ReleaseFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ReleaseFiles OUT_DIR VERSION DATE");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        CommandLine root = Main.commandLine(new Invocation(InputStream.nullInputStream(), null,
                new PrintWriter(OutputStream.nullOutputStream()), new Terminal(false, false, Map.of())));
        write(out.resolve("share/man/man1/textdig.1"), ManPage.roff(root, args[1], args[2]));
        write(out.resolve("share/bash-completion/completions/textdig"), CompletionCommand.script(CompletionCommand.Shell.BASH, root));
        write(out.resolve("share/zsh/site-functions/_textdig"), CompletionCommand.script(CompletionCommand.Shell.ZSH, root));
        write(out.resolve("share/fish/vendor_completions.d/textdig.fish"), CompletionCommand.script(CompletionCommand.Shell.FISH, root));
        Path jar = Path.of(ReleaseFiles.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        if (Files.isRegularFile(jar)) {
            // the launcher names its start-up caches by the jar's content (JDK-8377932): hashed here, once
            write(out.resolve("share/textdig/jar.key"), sha256(jar).substring(0, 16) + "\n");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
