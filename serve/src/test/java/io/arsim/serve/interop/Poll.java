package io.arsim.serve.interop;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Asks a daemon's CLI again and again, every half second on a scheduler thread, until the answer
 * is there or the time is up. Real daemons converge in their own time; this is the bounded wait
 * for it.
 */
final class Poll {
  private Poll() {}

  static <T> T until(String what, Duration timeout, Supplier<Optional<T>> attempt, Supplier<String> diagnostics) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicReference<String> lastFailure = new AtomicReference<>("none");
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        attempt.get().ifPresent(result::complete);
      } catch (RuntimeException e) {
        lastFailure.set(e.toString()); // the daemon is not ready to answer yet; ask again
      }
    }, 0, 500, TimeUnit.MILLISECONDS);
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last failure: "
          + lastFailure.get() + "\n" + diagnostics.get(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      scheduler.shutdownNow();
    }
  }
}
