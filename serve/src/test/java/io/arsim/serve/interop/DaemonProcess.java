package io.arsim.serve.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A daemon started as a child process, its output in files beside its configuration, and the
 * command-line tools used to ask it things. Stopping it sends SIGTERM, then SIGKILL after ten
 * seconds.
 */
final class DaemonProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path directory;

  private DaemonProcess(String name, Process process, Path directory) {
    this.name = name;
    this.process = process;
    this.directory = directory;
  }

  /** Starts {@code command} in {@code directory}, stdout and stderr to {@code NAME.out}. */
  static DaemonProcess start(String name, Path directory, List<String> command) {
    try {
      Path out = directory.resolve(name + ".out");
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      return new DaemonProcess(name, process, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Runs a command-line tool to completion (at most {@code timeout}) and returns what it printed. */
  static String run(Duration timeout, List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish within " + timeout);
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the daemon printed and logged so far, for failure messages. */
  String output() {
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".out") || f.toString().endsWith(".log")).toList()) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        text.append("--- ").append(file.getFileName()).append('\n')
            .append(content.length() > 6000 ? content.substring(content.length() - 6000) : content);
      }
    } catch (IOException e) {
      text.append("(cannot read ").append(directory).append(": ").append(e).append(')');
    }
    return text.toString();
  }

  /** Stops the daemon the way an operator does: SIGTERM, SIGKILL after ten seconds. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills the daemon at once (SIGKILL): no NOTIFICATION, the kernel closes its connections. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
