package io.arsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees half of one: a temp file, then a move. A file
 * that cannot be written (the name of a folder, a path under a regular file, a folder the user may
 * not write to, a full disk) is the user's to fix: a {@link UsageException} (exit 2) that says why.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, String content) {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path target, byte[] content) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new UsageException("cannot write " + target + ": it is a folder; name a file, e.g. "
          + target.resolve("out" + extension(target)));
    }
    Path dir = absolute.getParent();
    for (Path up = dir; up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new UsageException("cannot write " + target + ": " + up + " is a file, not a folder");
      }
    }
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
      Files.write(temp, content);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + reason(e, dir));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The write failed already, or the temp file was moved; nothing to add.
        }
      }
    }
  }

  /** Why a write failed, in words. */
  static String reason(IOException e, Path dir) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (you may not write to " + dir + ")";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "files cannot be created in " + dir;
    }
    if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
      return Character.toLowerCase(f.getReason().charAt(0)) + f.getReason().substring(1);
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "the system gave no reason" : e.getMessage();
  }

  private static String extension(Path target) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : ".json";
  }
}
