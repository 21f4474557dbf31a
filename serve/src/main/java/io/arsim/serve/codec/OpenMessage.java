package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An OPEN (RFC 4271 section 4.2) with its capabilities (RFC 5492).
 *
 * <p>{@code myAutonomousSystem} is the 2-octet field as sent: a speaker whose AS needs four octets
 * sends AS_TRANS (23456) there and its real AS in the {@link Capability.FourOctetAs} capability
 * (RFC 6793 section 3); {@link #asn()} gives the real one. {@link #of} builds an OPEN that way.
 *
 * @param version the BGP version, 4
 * @param myAutonomousSystem the 2-octet My Autonomous System field, 0..65535
 * @param holdTime the proposed hold time in seconds, 0..65535 (0 or at least 3 to be acceptable)
 * @param bgpIdentifier the sender's BGP identifier
 * @param capabilities the capabilities in the order sent
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record OpenMessage(
    int version, int myAutonomousSystem, int holdTime, Ipv4Address bgpIdentifier, List<Capability> capabilities)
    implements BgpMessage {

  /** The BGP version this server speaks. */
  public static final int VERSION = 4;

  public OpenMessage {
    Objects.requireNonNull(bgpIdentifier, "bgpIdentifier");
    capabilities = List.copyOf(capabilities);
    if (version < 0 || version > 0xFF) {
      throw new IllegalArgumentException("version " + version + " is out of range 0..255");
    }
    if (myAutonomousSystem < 0 || myAutonomousSystem > 0xFFFF) {
      throw new IllegalArgumentException("My Autonomous System " + myAutonomousSystem + " is out of range 0..65535");
    }
    if (holdTime < 0 || holdTime > 0xFFFF) {
      throw new IllegalArgumentException("hold time " + holdTime + " is out of range 0..65535");
    }
  }

  /**
   * A version-4 OPEN from {@code asn} advertising multiprotocol IPv4 unicast, route refresh and
   * 4-octet AS (carrying {@code asn}); My Autonomous System is AS_TRANS when {@code asn} needs four
   * octets.
   */
  public static OpenMessage of(Asn asn, int holdTime, Ipv4Address bgpIdentifier) {
    List<Capability> capabilities = new ArrayList<>();
    capabilities.add(Capability.Multiprotocol.IPV4_UNICAST);
    capabilities.add(Capability.RouteRefresh.INSTANCE);
    capabilities.add(new Capability.FourOctetAs(asn));
    return new OpenMessage(VERSION, twoOctet(asn), holdTime, bgpIdentifier, capabilities);
  }

  /** {@code asn} itself when it fits in two octets, AS_TRANS (23456) otherwise (RFC 6793). */
  public static int twoOctet(Asn asn) {
    return asn.isTwoByte() ? (int) asn.value() : (int) Asn.AS_TRANS.value();
  }

  @Override
  public int type() {
    return OPEN;
  }

  /** The 4-octet AS capability's AS when present, else My Autonomous System. */
  public Asn asn() {
    return fourOctetAs().orElse(Asn.of(myAutonomousSystem));
  }

  /** The AS of the 4-octet AS capability, when the sender advertised it. */
  public Optional<Asn> fourOctetAs() {
    for (Capability capability : capabilities) {
      if (capability instanceof Capability.FourOctetAs four) {
        return Optional.of(four.asn());
      }
    }
    return Optional.empty();
  }

  /** Whether the sender advertised route refresh (RFC 2918). */
  public boolean supportsRouteRefresh() {
    return capabilities.contains(Capability.RouteRefresh.INSTANCE);
  }

  /**
   * Whether the sender routes IPv4 unicast: it advertised that family, or advertised no
   * multiprotocol capability at all (RFC 4760 section 8: such a speaker does IPv4 unicast only).
   */
  public boolean supportsIpv4Unicast() {
    boolean anyFamily = false;
    for (Capability capability : capabilities) {
      if (capability instanceof Capability.Multiprotocol family) {
        anyFamily = true;
        if (family.equals(Capability.Multiprotocol.IPV4_UNICAST)) {
          return true;
        }
      }
    }
    return !anyFamily;
  }

  @Override
  public String toString() {
    return "OPEN version " + version + " as " + asn() + " hold " + holdTime + " id " + bgpIdentifier
        + " capabilities " + capabilities;
  }
}
