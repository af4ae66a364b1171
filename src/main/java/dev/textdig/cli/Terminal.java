package dev.textdig.cli;

import dev.textdig.output.Stdout;
import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process is connected to, and the environment variables that steer output. The launcher
 * tells whether stdin and stdout are terminals ({@code -Dtextdig.stdin.tty}, {@code -Dtextdig.stdout.tty},
 * from the shell's {@code test -t}); without it, {@link Console} is asked.
 */
public record Terminal(boolean stdinIsTerminal, boolean stdoutIsTerminal, Map<String, String> env) {

    public static Terminal detect() {
        // The console is asked only when the launcher did not tell: finding it looks up console
        // providers across the JDK's modules, a cost at every start.
        Boolean stdin = flag("textdig.stdin.tty");
        Boolean stdout = flag("textdig.stdout.tty");
        if (stdin == null || stdout == null) {
            boolean console = consoleIsTerminal();
            stdin = stdin == null ? console : stdin;
            stdout = stdout == null ? console : stdout;
        }
        return new Terminal(stdin, stdout, System.getenv());
    }

    /** The property as a boolean, or null when it is not set. */
    private static Boolean flag(String property) {
        String v = System.getProperty(property);
        return v == null || v.isEmpty() ? null : v.equals("1") || v.equalsIgnoreCase("true");
    }

    /** Whether stderr is a terminal, where progress may be drawn; only the launcher knows ({@code -Dtextdig.stderr.tty}). */
    public static boolean stderrIsTerminal() {
        return flag("textdig.stderr.tty", false);
    }

    private static boolean flag(String property, boolean fallback) {
        Boolean v = flag(property);
        return v == null ? fallback : v;
    }

    /**
     * Whether the process was started with stdin closed ({@code <&-}). The launcher tells
     * ({@code -Dtextdig.stdin.closed=1}); started directly, descriptor 0 then holds a file the JVM
     * opened for itself (its modules image, the jar), which must not be read as an article.
     */
    public static boolean stdinClosed() {
        if (flag("textdig.stdin.closed", false)) {
            return true;
        }
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            Path javaHome = Path.of(System.getProperty("java.home", "/nonexistent")).toRealPath();
            return target.startsWith(javaHome) || target.toString().endsWith(".jar")
                    && target.equals(Path.of(System.getProperty("java.class.path", "")).toAbsolutePath().normalize());
        } catch (IOException | RuntimeException unknown) {
            return false; // no /proc: trust descriptor 0
        }
    }

    /** {@code Console.isTerminal()} where the JDK has it (22+), else whether there is a console at all. */
    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * Whether a failed write to this process's stdout means its reader went away, which ends a
     * run quietly: stdout is a pipe or a socket, or is closed. Anything else (a file on a full
     * disk) is an error. The error's message decides when it says so ("Broken pipe"; "Bad file
     * descriptor" when stdout was closed before the start and the JVM reused the descriptor);
     * otherwise Linux's /proc, which does not depend on the language of the message.
     */
    public static boolean stdoutReaderGone(IOException e) {
        if (Stdout.saysReaderGone(e)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (NoSuchFileException closed) {
            return Files.isDirectory(Path.of("/proc/self/fd")); // descriptor 1 is gone, or there is no /proc
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    /** Colour for {@code --color auto}: a terminal that is not dumb, and no {@code NO_COLOR}. */
    public boolean wantsColour() {
        String noColor = env.get("NO_COLOR");
        String term = env.get("TERM");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }

    /**
     * Whether the terminal can show Unicode block elements (the bars beside counts): the locale is
     * UTF-8 (the first of {@code LC_ALL}, {@code LC_CTYPE}, {@code LANG} that is set) and the
     * terminal is not the Linux console (whose font lacks the eighth blocks) or dumb. The launcher
     * says {@code -Dtextdig.locale.utf8=0} when the user's locale was not UTF-8 and it set one for
     * the JVM only.
     */
    public boolean showsBlocks() {
        if ("0".equals(System.getProperty("textdig.locale.utf8"))) {
            return false;
        }
        String term = env.get("TERM");
        if ("linux".equals(term) || "dumb".equals(term)) {
            return false;
        }
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }

    /**
     * Width for wrapping text output: {@code COLUMNS} when set (between 40 and 200); else, on a
     * terminal, its own width (which the launcher reads with {@code stty size}:
     * {@code -Dtextdig.columns}), else 100. Into a pipe or a file, no wrapping at all (as grep and
     * ripgrep): a paragraph stays one line for {@code grep}, {@code cut} and {@code less -S}.
     */
    public int width() {
        Integer columns = columns(env.get("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        if (!stdoutIsTerminal) {
            return NO_WRAP;
        }
        columns = columns(System.getProperty("textdig.columns"));
        return columns != null ? columns : 100;
    }

    /** A width no line reaches: text is not wrapped. */
    public static final int NO_WRAP = Integer.MAX_VALUE;

    private static Integer columns(String value) {
        try {
            return Math.max(40, Math.min(Integer.parseInt(value), 200));
        } catch (NumberFormatException e) {
            return null; // not set, or not a number
        }
    }
}
