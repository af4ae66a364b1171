package dev.textdig.export;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Waiting for work handed to another thread, with its failure as the caller's own. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code future}: its own runtime exception rethrown as it is; an interrupt kept
     * (the flag set again) and reported as {@code interrupted} makes it, for the caller's one line.
     */
    public static <T> T result(Future<T> future, Function<String, ? extends RuntimeException> interrupted) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.apply("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
