package dev.textdig.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The process tests' one way to wait for a started process: stdin closed, both streams read whole. */
public final class Processes {
    private Processes() {
    }

    /** A finished process: its status, stdout and stderr. */
    public record Result(int status, String out, String err) {
    }

    /**
     * Closes the process's stdin, reads stdout on a thread of its own and stderr on this one (so
     * neither pipe fills and stalls it), and waits at most {@code seconds}; stderr is in the failure.
     */
    public static Result finish(Process p, int seconds) throws Exception {
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                out.complete(p.getInputStream().readAllBytes());
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        });
        reader.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("finished; stderr: " + err).isTrue();
        return new Result(p.exitValue(), new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8), err);
    }
}
