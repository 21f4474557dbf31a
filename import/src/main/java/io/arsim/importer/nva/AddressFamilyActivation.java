package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@code neighbor X activate} or {@code no neighbor X activate} line in an address family.
 *
 * @param addressFamily the address family as written, e.g. {@code ipv4 unicast}, {@code ipv6 unicast}
 * @param active whether the line activates (true) or deactivates ({@code no}) the neighbour
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AddressFamilyActivation(String addressFamily, boolean active, SourceLocation location) {

  /** The IPv4 unicast address family, as both vendors write it. */
  public static final String IPV4_UNICAST = "ipv4 unicast";

  public AddressFamilyActivation {
    Objects.requireNonNull(addressFamily, "addressFamily");
    Objects.requireNonNull(location, "location");
  }
}
