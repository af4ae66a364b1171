package dev.textdig.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file standard output is redirected to, when it is one ({@code textdig ... > news/out.txt}),
 * so that it is not read back as an article: grep and ripgrep skip it too.
 */
final class StdoutFile {
    private static final Object KEY = stdoutKey();

    private StdoutFile() {
    }

    /** Whether the path is the regular file that standard output writes to. */
    static boolean is(Path path) {
        if (KEY == null || path == null) {
            return false;
        }
        try {
            return KEY.equals(LongPaths.attributes(path).fileKey());
        } catch (IOException | RuntimeException e) {
            return false; // reading it will say what is wrong
        }
    }

    private static Object stdoutKey() {
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of("/dev/stdout"), BasicFileAttributes.class);
            return a.isRegularFile() ? a.fileKey() : null;
        } catch (IOException | RuntimeException e) {
            return null; // not Linux or macOS, or stdout closed
        }
    }
}
