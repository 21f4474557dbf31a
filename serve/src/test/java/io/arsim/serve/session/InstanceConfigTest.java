package io.arsim.serve.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The instance configuration's defaults and the values it refuses. */
class InstanceConfigTest {

  static final Ipv4Address LOOPBACK = Ipv4Address.parse("127.0.0.1");
  static final PeerConfig NVA1 = new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));

  @Test
  void builderDefaultsAreAzuresTimersOnPort179() {
    InstanceConfig config = InstanceConfig.builder("ars/0", LOOPBACK, Asn.AZURE_ROUTE_SERVER).build();
    assertThat(config).isEqualTo(new InstanceConfig("ars/0", LOOPBACK, 179, LOOPBACK, Asn.AZURE_ROUTE_SERVER, 180,
        List.of(), RouteLimit.UNLIMITED, Duration.ofSeconds(30)));
    InstanceConfig changed = config.toBuilder().port(1179).routerAddress(Ipv4Address.parse("10.0.1.4"))
        .peers(List.of(NVA1)).routeLimit(RouteLimit.azure(4000)).build();
    assertThat(changed.toBuilder().build()).isEqualTo(changed);
    assertThat(changed.peerAt(NVA1.address())).contains(NVA1);
    assertThat(changed.peerAt(LOOPBACK)).isEmpty();
  }

  @Test
  void holdTimesOf1And2AreRefused() {
    assertThatThrownBy(() -> InstanceConfig.builder("ars/0", LOOPBACK, Asn.AZURE_ROUTE_SERVER).holdTime(2).build())
        .hasMessage("instance ars/0: hold time 2 is not allowed; use 0 (no keepalives) or 3..65535 seconds"
            + " (RFC 4271 section 4.2)");
  }

  @Test
  void twoPeersWithOneAddressAreRefused() {
    PeerConfig twin = new PeerConfig("nva2", NVA1.address(), Asn.of(65002));
    assertThatThrownBy(() -> InstanceConfig.builder("ars/0", LOOPBACK, Asn.AZURE_ROUTE_SERVER)
        .peers(List.of(NVA1, twin)).build())
        .hasMessage("instance ars/0: two peers use address 127.0.0.2");
  }

  @Test
  void azureCountsHeldPlusAnnouncedWhileHeldCountsWhatStays() {
    assertThat(RouteLimit.azure(4000).exceeded(2001, 2001, 2001)).isTrue();
    assertThat(RouteLimit.azure(4000).exceeded(1999, 1999, 2001)).isFalse();
    assertThat(RouteLimit.held(4000).exceeded(2001, 2001, 2001)).isFalse();
    assertThat(RouteLimit.held(4000).exceeded(4000, 4001, 1)).isTrue();
  }
}
