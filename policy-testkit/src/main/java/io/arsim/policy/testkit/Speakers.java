package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.Speaker;
import io.arsim.policy.spi.SpeakerKind;
import org.apiguardian.api.API;

/** Session ends for tests: {@code Speakers.nva("nva1", 65001, "10.1.1.4")}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Speakers {
  private Speakers() {}

  /** A speaker of any kind. */
  public static Speaker speaker(String name, long asn, String address, SpeakerKind kind) {
    return new Speaker(name, Asn.of(asn), Ipv4Address.parse(address), kind);
  }

  /** A network virtual appliance. */
  public static Speaker nva(String name, long asn, String address) {
    return speaker(name, asn, address, SpeakerKind.NVA);
  }

  /** An Azure Route Server instance (ASN 65515), e.g. {@code routeServer("rs-hub/IN_0", "10.0.255.4")}. */
  public static Speaker routeServer(String name, String address) {
    return speaker(name, Asn.AZURE_ROUTE_SERVER.value(), address, SpeakerKind.ROUTE_SERVER);
  }

  /** An ExpressRoute or VPN gateway (ASN 65515). */
  public static Speaker gateway(String name, String address) {
    return speaker(name, Asn.AZURE_ROUTE_SERVER.value(), address, SpeakerKind.GATEWAY);
  }

  /** An on-premises router. */
  public static Speaker onPremises(String name, long asn, String address) {
    return speaker(name, asn, address, SpeakerKind.ON_PREMISES);
  }
}
