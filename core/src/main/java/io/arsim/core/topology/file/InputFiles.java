package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The one way arsim reads an input file: only a regular file is opened (a symbolic link is followed
 * to see what it leads to), its size is checked against a limit before the first byte is read, and
 * at most one byte more than the limit is ever read, so a folder, a named pipe, a device such as
 * {@code /dev/zero} or a file that grows while it is read cannot hang arsim or exhaust its memory.
 *
 * <p>Every refusal is a {@link TopologyException} (arsim's input exception) holding exactly one
 * {@link Problem} located at the file, whose message says what the file is and what was expected:
 * {@code file-not-found}, {@code not-a-file}, {@code file-too-large}, {@code unreadable} or, for
 * {@link #readText}, {@code not-utf8}. Callers that report in another exception take its
 * {@link TopologyException#problems()}.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class InputFiles {
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  private InputFiles() {}

  /**
   * The bytes of {@code file}, at most {@code maxBytes} of them.
   *
   * @param noun what the file should be, for messages: "topology file", "ARM template", ...
   * @param maxBytes the largest file read; a larger one is refused before it is opened
   * @throws TopologyException with one problem when the file is missing, not a regular file, larger
   *     than {@code maxBytes} or cannot be read
   */
  public static byte[] read(Path file, String noun, long maxBytes) {
    try (InputStream in = open(file, noun, maxBytes)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw fail(file.toString(), unreadable(file.toString(), e));
    }
  }

  /**
   * A stream of {@code file}'s bytes, for readers that parse as they read, after the checks of
   * {@link #read}: it ends after {@code maxBytes}, and a file that grows beyond them while it is
   * read makes the stream throw the {@code file-too-large} {@link TopologyException}.
   *
   * @throws TopologyException with one problem when the file is missing, not a regular file, larger
   *     than {@code maxBytes} or cannot be opened
   */
  public static InputStream open(Path file, String noun, long maxBytes) {
    if (maxBytes < 1 || maxBytes > ReadLimits.MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the size limit must be 1 byte to 1 GiB, not " + maxBytes);
    }
    String name = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw fail(name, Problem.error("file-not-found", "", "the link leads to no file",
            "check where the link points, or name the file itself"));
      }
      throw fail(name, Problem.error("file-not-found", "", "no such file", "check the path"));
    } catch (IOException e) {
      throw fail(name, unreadable(name, e));
    }
    if (attributes.isDirectory()) {
      throw fail(name, Problem.error("not-a-file", "", "this is a " + link(file) + "folder, not " + article(noun),
          "name " + article(noun) + " inside it"));
    }
    if (!attributes.isRegularFile()) {
      throw fail(name, Problem.error("not-a-file", "", "this is " + what(file) + ", not a regular file; arsim"
              + " reads " + article(noun) + " only from a regular file (it would wait forever on a pipe, or read a"
              + " device without end)", "write the " + noun + "'s content to a regular file and name that file"));
    }
    if (attributes.size() > maxBytes) {
      throw fail(name, tooLarge("the file is " + ReadLimits.describeSize(attributes.size()), noun, maxBytes,
          attributes.size()));
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw fail(name, unreadable(name, e));
    }
    return new Bounded(in, name, noun, maxBytes);
  }

  /** A stream that refuses to give more than {@code max} bytes: a file that grows is refused, not read on. */
  private static final class Bounded extends FilterInputStream {
    private final String name;
    private final String noun;
    private final long max;
    private long count;

    Bounded(InputStream in, String name, String noun, long max) {
      super(in);
      this.name = name;
      this.noun = noun;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, max + 1 - count));
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, max + 1 - count));
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > max) {
        throw fail(name, tooLarge("the file grew beyond " + ReadLimits.describeSize(max) + " while it was read",
            noun, max, count));
      }
    }
  }

  /**
   * The text of {@code file} as strict UTF-8, after the checks of {@link #read}; the first byte that
   * is not UTF-8 is reported at its line and column ({@code not-utf8}).
   *
   * @throws TopologyException with one problem when the file cannot be read or is not UTF-8 text
   */
  public static String readText(Path file, String noun, long maxBytes) {
    return decode(file.toString(), read(file, noun, maxBytes));
  }

  /** The problem of an input larger than its limit: the size, the limit, and how to raise it. */
  static Problem tooLarge(String what, String noun, long maxBytes, long size) {
    return Problem.error("file-too-large", "", what + "; arsim reads at most " + ReadLimits.describeSize(maxBytes)
            + " per " + noun, "if the " + noun + " really is this large, raise the limit, e.g. --max-input-size "
            + suggestedSize(Math.max(size, maxBytes + 1)) + " (docs/robustness.md)");
  }

  /** The next power of two, in MiB, that holds {@code bytes} (at most the ceiling). */
  static String suggestedSize(long bytes) {
    long mib = 1;
    while (mib * 1024 * 1024 < bytes && mib < ReadLimits.MAX_INPUT_BYTES_CEILING / (1024 * 1024)) {
      mib *= 2;
    }
    return mib + "M";
  }

  /** "a named pipe", "a link to a device (/dev/zero)", ...: what a file that is not a regular file is. */
  private static String what(Path file) {
    String kind;
    try {
      int mode = ((Number) Files.getAttribute(file, "unix:mode")).intValue() & S_IFMT;
      kind = switch (mode) {
        case S_IFIFO -> "named pipe";
        case S_IFCHR, S_IFBLK -> "device";
        case S_IFSOCK -> "socket";
        default -> "special file";
      };
    } catch (IOException | RuntimeException e) {
      kind = "named pipe, a device or a socket";
    }
    String target = "";
    if (Files.isSymbolicLink(file)) {
      try {
        target = " (" + file.toRealPath() + ")";
      } catch (IOException e) {
        target = "";
      }
    }
    return "a " + link(file) + kind + target;
  }

  /** "a topology file", "an ARM template". */
  private static String article(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String link(Path file) {
    return Files.isSymbolicLink(file) ? "link to a " : "";
  }

  /** Strict UTF-8; the first byte that is not UTF-8 is reported at its line and column. */
  static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    int offset = in.position();
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    String before = out.flip().toString();
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    Problem problem = Problem.error("not-utf8", "", utf16
            ? "the file is UTF-16 text; arsim reads UTF-8"
            : String.format(Locale.ROOT, "the file is not valid UTF-8 text: byte 0x%02X here is not part of a"
                + " UTF-8 character", bytes[offset] & 0xFF),
        utf16 ? "save it as UTF-8" : "save it as UTF-8 (text saved as Latin-1 or Windows-1252 looks like this)");
    throw new TopologyException(name, List.of(problem.located(new SourceLocation(name, line, column), "")));
  }

  /** Why a file cannot be read, in words: "cannot read FILE: permission denied". */
  static Problem unreadable(String name, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason().isEmpty() ? "the system gave no reason"
          : Character.toLowerCase(f.getReason().charAt(0)) + f.getReason().substring(1);
    } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
      reason = e.getMessage();
    } else {
      reason = "the system gave no reason";
    }
    return Problem.error("unreadable", "", "cannot read " + name + ": " + reason,
        "check that the file exists and that you may read it");
  }

  private static TopologyException fail(String name, Problem problem) {
    return new TopologyException(name, List.of(problem.located(SourceLocation.ofFile(name), "")));
  }
}
