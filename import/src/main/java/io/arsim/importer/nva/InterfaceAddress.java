package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An IPv4 address configured on an interface ({@code ip address 10.0.1.4/24} in FRR, {@code ip
 * address 10.0.1.4 255.255.255.0} in IOS-XE).
 *
 * @param address the interface's own address
 * @param length the length of the connected subnet, 0..32
 * @param secondary whether it is a secondary address (IOS {@code secondary})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record InterfaceAddress(Ipv4Address address, int length, boolean secondary) {

  public InterfaceAddress {
    Objects.requireNonNull(address, "address");
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length " + length + " is out of range 0..32");
    }
  }

  /** The connected subnet, e.g. 10.0.1.0/24 for 10.0.1.4/24. */
  public Ipv4Prefix subnet() {
    return Ipv4Prefix.containing(address, length);
  }

  @Override
  public String toString() {
    return address + "/" + length + (secondary ? " secondary" : "");
  }
}
