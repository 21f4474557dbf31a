package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How much a topology file may hold before arsim refuses to read it. Every limit is checked while
 * reading (the size before the first byte is read), so time and memory stay bounded by the limits
 * whatever the file holds; docs/robustness.md lists them with the figures they were measured at.
 *
 * @param maxInputBytes the largest file, in bytes (for text given in memory: its UTF-8 length);
 *     default {@value #DEFAULT_MAX_INPUT_BYTES} (16 MiB)
 * @param maxNestingDepth the deepest nesting of objects and lists; default
 *     {@value #DEFAULT_MAX_NESTING_DEPTH}
 * @param maxStringLength the longest single value or key, in characters; default
 *     {@value #DEFAULT_MAX_STRING_LENGTH} (1 MiB)
 * @param maxNumberLength the longest number, in digits; default {@value #DEFAULT_MAX_NUMBER_LENGTH}
 * @param maxAliases the most YAML aliases ({@code *name}) that refer to a list or an object, as
 *     SnakeYAML's {@code maxAliasesForCollections}; default {@value #DEFAULT_MAX_ALIASES}
 * @param maxAliasedValues the most values that aliases may copy into the document, all aliases
 *     together (what stops a "billion laughs" document); default {@value #DEFAULT_MAX_ALIASED_VALUES}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ReadLimits(
    long maxInputBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxAliases,
    int maxAliasedValues) {

  /** 16 MiB; docs/robustness.md gives the time and heap it takes to read a file this large. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;
  /** A topology nests about ten levels; plugin configs a few more. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
  /** 1 MiB: far above any name, prefix or description. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** ASNs have at most ten digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** SnakeYAML's own default for {@code maxAliasesForCollections}. */
  public static final int DEFAULT_MAX_ALIASES = 50;
  /** Values aliases may copy, all together. */
  public static final int DEFAULT_MAX_ALIASED_VALUES = 100_000;
  /** The largest size that can be asked for: 1 GiB (a Java string holds at most 2 GiB). */
  public static final long MAX_INPUT_BYTES_CEILING = 1024L * 1024 * 1024;

  public ReadLimits {
    if (maxInputBytes < 1 || maxInputBytes > MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the input size limit must be 1 byte to 1 GiB, not "
          + describeSize(maxInputBytes));
    }
    positive(maxNestingDepth, "the nesting depth limit");
    positive(maxStringLength, "the value length limit");
    positive(maxNumberLength, "the number length limit");
    if (maxAliases < 0 || maxAliasedValues < 0) {
      throw new IllegalArgumentException("the alias limits may not be negative");
    }
  }

  private static void positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, not " + value);
    }
  }

  /** The defaults listed above. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_ALIASES, DEFAULT_MAX_ALIASED_VALUES);
  }

  /** These limits with another size limit. */
  public ReadLimits withMaxInputBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxAliases, maxAliasedValues);
  }

  /**
   * A size as people write it: a number of bytes, optionally followed by K, M or G (powers of
   * 1024, with or without a trailing {@code B} or {@code iB}), e.g. {@code 16M}, {@code 512k},
   * {@code 1GiB}, {@code 2000000}.
   *
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static long parseSize(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace("_", "");
    if (t.endsWith("IB")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    if (t.isEmpty() || t.length() > 12 || !t.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("\"" + text + "\" is not a size; write a number of bytes, or one with K, M"
          + " or G, e.g. 16M or 64M");
    }
    long value = Long.parseLong(t) * unit;
    if (value < 1 || value > MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("\"" + text + "\" is out of range; the size limit is 1 byte to 1G");
    }
    return value;
  }

  /** A size for messages: {@code 16 MiB (16,777,216 bytes)}, or the bytes alone when small. */
  public static String describeSize(long bytes) {
    String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return (bytes / (1024 * 1024)) + " MiB (" + exact + ")";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes / 1024) + " KiB (" + exact + ")";
    }
    return exact;
  }
}
