package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * An immutable string of octets (the value of an unknown capability or attribute, the data of a
 * NOTIFICATION). Compared by content.
 *
 * @param bytes the octets; copied on the way in and on the way out
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Octets(byte[] bytes) {

  /** No octets. */
  public static final Octets EMPTY = new Octets(new byte[0]);

  public Octets {
    bytes = bytes.clone();
  }

  /** The given octets. */
  public static Octets of(byte... bytes) {
    return new Octets(bytes);
  }

  /** A copy of the octets. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of octets. */
  public int length() {
    return bytes.length;
  }

  /** Whether there are no octets. */
  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** The octet at {@code index} as an unsigned value 0..255. */
  public int get(int index) {
    return bytes[index] & 0xFF;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Octets o && Arrays.equals(bytes, o.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Lower-case hex, two digits per octet, for example {@code 0004}; empty octets print as "". */
  @Override
  public String toString() {
    return HexFormat.of().formatHex(bytes);
  }
}
