package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads the values of configuration statements. Each method reports a bad value as a warning at
 * the given line and column, naming the value, what was expected and how to fix it, and returns
 * empty; the caller then skips the statement.
 */
@API(status = INTERNAL, since = "0.2")
public final class Values {
  /** The code of a warning about a value the vendor would reject. */
  public static final String INVALID_VALUE = "nva-invalid-value";

  private final ConfigReport report;

  public Values(ConfigReport report) {
    this.report = report;
  }

  /** {@code A.B.C.D/M} with no host bits. */
  public Optional<Ipv4Prefix> prefix(String text, int line, int column) {
    try {
      return Optional.of(Ipv4Prefix.parse(text));
    } catch (IllegalArgumentException e) {
      report.warn(INVALID_VALUE, line, column, "invalid prefix: " + e.getMessage() + "; the statement is ignored",
          "write the network address and its length, e.g. 10.1.0.0/16");
      return Optional.empty();
    }
  }

  /** {@code A.B.C.D} and a dotted mask {@code M}, e.g. {@code 10.1.0.0 255.255.0.0}, as a prefix. */
  public Optional<Ipv4Prefix> addressAndMask(String address, String mask, int line, int column) {
    Optional<Ipv4Address> a = address(address, line, column);
    Optional<Integer> length = maskLength(mask, line, column);
    if (a.isEmpty() || length.isEmpty()) {
      return Optional.empty();
    }
    Ipv4Prefix network = Ipv4Prefix.containing(a.get(), length.get());
    if (!network.network().equals(a.get())) {
      report.warn(INVALID_VALUE, line, column, "invalid prefix: " + address + " " + mask + " has host bits set; the"
              + " network of a /" + length.get() + " is " + network.network() + "; the statement is ignored",
          "write the network address: " + network.network() + " " + mask);
      return Optional.empty();
    }
    return Optional.of(network);
  }

  /** A dotted mask such as {@code 255.255.255.0}, as its length; the one bits must be contiguous. */
  public Optional<Integer> maskLength(String mask, int line, int column) {
    Optional<Ipv4Address> m = quietAddress(mask);
    if (m.isPresent()) {
      int bits = m.get().bits();
      int length = Integer.bitCount(bits);
      if (bits == Ipv4Prefix.mask(length)) {
        return Optional.of(length);
      }
    }
    report.warn(INVALID_VALUE, line, column, "invalid mask \"" + mask + "\": a network mask is one bits followed by"
            + " zero bits, like 255.255.255.0; the statement is ignored",
        "write a contiguous mask, e.g. 255.255.255.0 for a /24");
    return Optional.empty();
  }

  /** A dotted-quad address. */
  public Optional<Ipv4Address> address(String text, int line, int column) {
    try {
      return Optional.of(Ipv4Address.parse(text));
    } catch (IllegalArgumentException e) {
      report.warn(INVALID_VALUE, line, column, "invalid address: " + e.getMessage() + "; the statement is ignored",
          "write four decimal octets, e.g. 10.0.0.4");
      return Optional.empty();
    }
  }

  private static Optional<Ipv4Address> quietAddress(String text) {
    try {
      return Optional.of(Ipv4Address.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** An ASN, plain or asdot. */
  public Optional<Asn> asn(String text, int line, int column) {
    try {
      return Optional.of(Asn.parse(text));
    } catch (IllegalArgumentException e) {
      report.warn(INVALID_VALUE, line, column, "invalid AS number: " + e.getMessage() + "; the statement is ignored",
          "write the AS number, e.g. 65001");
      return Optional.empty();
    }
  }

  /** A standard community {@code N:M} or a well-known name ({@code no-export}, ...). */
  public Optional<Community> community(String text, int line, int column) {
    try {
      return Optional.of(Community.parse(text));
    } catch (IllegalArgumentException e) {
      report.warn(INVALID_VALUE, line, column, "invalid community: " + e.getMessage() + "; the statement is ignored",
          "write communities as ASN:VALUE, e.g. 65001:100");
      return Optional.empty();
    }
  }

  /** A decimal number in {@code min..max}. */
  public Optional<Long> number(String text, long min, long max, String what, int line, int column) {
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    report.warn(INVALID_VALUE, line, column, "invalid " + what + " \"" + text + "\": expected a number " + min + ".."
        + max + "; the statement is ignored", "write a number " + min + ".." + max);
    return Optional.empty();
  }

  /**
   * The classful network of an address given without a mask (IOS-XE {@code network 10.0.0.0}):
   * class A /8, B /16, C /24.
   */
  public static int classfulLength(Ipv4Address address) {
    int first = address.bits() >>> 24;
    return first < 128 ? 8 : first < 192 ? 16 : 24;
  }
}
