package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apiguardian.api.API;

/**
 * Stable element ids from names that may contain anything: a readable part (lower-case letters,
 * digits and dashes) and, unless the name already is such a part, 8 hex digits of the name's CRC-32,
 * so that {@code nva 1} and {@code nva-1} get different ids and the same name always the same one.
 */
@API(status = INTERNAL, since = "0.2")
public final class ElementIds {
  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]*");

  private ElementIds() {}

  /** The id of {@code name} under {@code prefix} ("node", "nic"...). */
  public static String of(String prefix, String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    String id = prefix + (slug.isEmpty() ? "" : "-" + slug);
    if (slug.equals(name)) {
      return id;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return id + "-" + String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /** Throws when {@code id} is not a lower-case letter followed by letters, digits and dashes. */
  static void requireValid(String id) {
    if (!VALID.matcher(id).matches()) {
      throw new IllegalArgumentException("not an element id: " + id);
    }
  }
}
