package dev.textdig.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * File names that are not valid UTF-8 ({@code bad\xffname.txt}), which grep and ripgrep open by
 * their bytes. The JVM decodes arguments and names with the locale's character set
 * ({@code sun.jnu.encoding}, which no option can change since JDK 17), turning such bytes into
 * U+FFFD for good. Two public doors lead back to the bytes: a {@code file:} URI, whose
 * percent-escapes are the name's bytes both ways ({@link Path#toUri()}, {@link Path#of(URI)}), and,
 * on Linux, {@code /proc/self/cmdline}, which holds the arguments as they were given. A name is
 * shown in UTF-8 with each byte that is not UTF-8 as {@code \xHH}, which is what bash's
 * {@code $'...'} takes back.
 */
final class RawNames {
    private static final Charset JNU = jnuCharset();
    /** The command line's raw arguments, read once (null: not read yet; empty: not available). */
    private static List<byte[]> commandLine;
    /** How many times each argument string has been resolved, to tell apart names that decode alike. */
    private static final Map<String, Integer> USES = new LinkedHashMap<>();

    private RawNames() {
    }

    /** A FILE argument: the name to show and the path to open. */
    record Given(String name, Path path) {
    }

    /**
     * The path an argument names. When the JVM's decoding lost the argument's bytes (it holds
     * U+FFFD, or the locale cannot encode it), they are looked up in the command line as given.
     */
    static Given argument(String arg) {
        Path path = null;
        try {
            path = Path.of(arg);
            if (arg.indexOf('\uFFFD') < 0 || Files.exists(path)) {
                return new Given(arg, path);
            }
        } catch (InvalidPathException e) {
            // the locale's character set cannot encode it: look for its bytes
        }
        byte[] raw = rawArgument(arg);
        if (raw != null) {
            Path rawPath = fromBytes(raw);
            if (rawPath != null) {
                return new Given(display(raw), rawPath);
            }
        }
        if (path == null) {
            throw new InputException(arg + ": no such file or folder (the name cannot be written in the locale's"
                    + " character set, " + JNU.name() + ")");
        }
        throw new InputException(arg + ": no such file or folder (the name is not valid UTF-8, and its bytes were lost"
                + " before textdig saw them: it finds them on Linux only; rename the file, or give its folder)");
    }

    /** A path found in a folder (its bytes kept by the JVM), shown as {@link #display(byte[])} does. */
    static String display(Path relative) {
        if (relative.equals(relative.getFileSystem().getPath(relative.toString()))) {
            return relative.toString(); // the name round-trips: the common case
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < relative.getNameCount(); i++) {
            Path element = relative.getName(i);
            if (i > 0) {
                b.append('/');
            }
            if (element.equals(element.getFileSystem().getPath(element.toString()))) {
                b.append(element);
            } else {
                String uri = element.toAbsolutePath().toUri().getRawPath();
                uri = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
                b.append(display(percentDecoded(uri.substring(uri.lastIndexOf('/') + 1))));
            }
        }
        return b.toString();
    }

    /** The bytes as UTF-8, each byte that is not part of a UTF-8 sequence shown as {@code \xHH}. */
    static String display(byte[] raw) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(raw.length);
        StringBuilder b = new StringBuilder(raw.length + 8);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            b.append(out.flip());
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    int v = in.get() & 0xFF;
                    b.append("\\x").append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 0xF, 16));
                }
            }
        }
        decoder.flush(out);
        return b.append(out.flip()).toString();
    }

    /**
     * The bytes of the argument that the JVM decoded as {@code arg}, or null. Arguments that decode
     * alike ({@code a\xfe}, {@code a\xff}) are told apart by which names exist, then by their order.
     */
    private static synchronized byte[] rawArgument(String arg) {
        if (commandLine == null) {
            commandLine = readCommandLine();
        }
        List<byte[]> candidates = new ArrayList<>();
        byte[] missing = null;
        for (byte[] raw : commandLine.stream().flatMap(e -> forms(e).stream()).toList()) {
            if (new String(raw, JNU).equals(arg) && candidates.stream().noneMatch(c -> Arrays.equals(c, raw))) {
                Path p = fromBytes(raw);
                if (p != null && Files.exists(p)) {
                    candidates.add(raw);
                } else if (missing == null) {
                    missing = raw; // named as given, so that "no such file" shows the name
                }
            }
        }
        if (candidates.isEmpty()) {
            return missing;
        }
        int use = USES.merge(arg, 1, Integer::sum) - 1;
        return candidates.get(Math.min(use, candidates.size() - 1));
    }

    /** An argument as given, and for {@code --option=VALUE} its value too: how an option names a file. */
    private static List<byte[]> forms(byte[] arg) {
        if (arg.length > 2 && arg[0] == '-' && arg[1] == '-') {
            for (int i = 2; i < arg.length; i++) {
                if (arg[i] == '=') {
                    return List.of(arg, Arrays.copyOfRange(arg, i + 1, arg.length));
                }
            }
        }
        return List.of(arg);
    }

    /** The JVM's own arguments as given (Linux), or none. */
    private static List<byte[]> readCommandLine() {
        List<byte[]> args = new ArrayList<>();
        try {
            byte[] all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    args.add(Arrays.copyOfRange(all, start, i));
                    start = i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: the bytes are lost
        }
        return args;
    }

    /** The path with exactly these bytes, relative to the working folder unless absolute. */
    static Path fromBytes(byte[] raw) {
        if (raw.length == 0) {
            return null;
        }
        StringBuilder uri = new StringBuilder("file://");
        if (raw[0] != '/') {
            uri.append(Path.of("").toAbsolutePath().toUri().getRawPath()); // ends with '/'
        }
        for (byte v : raw) {
            int c = v & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        try {
            return Path.of(URI.create(uri.toString()));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static byte[] percentDecoded(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
