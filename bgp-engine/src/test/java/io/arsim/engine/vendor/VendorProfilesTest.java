package io.arsim.engine.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TestTopologies;
import io.arsim.engine.spi.VendorProfile;
import io.arsim.engine.vendor.acme.AcmeProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of vendor profiles: the built-ins, discovery, ids, and the checks of a topology's NVAs. */
class VendorProfilesTest {

  @Test
  void theBuiltInsHoldTheDocumentedDefaults() {
    VendorProfiles builtIns = VendorProfiles.builtIns();
    assertThat(builtIns.all()).containsOnlyKeys("cisco-iosxe", "frr");
    VendorProfile frr = builtIns.find("frr").orElseThrow();
    assertThat(frr.defaultMaximumPaths()).as("Debian 12's FRR 8.4.4: --enable-multipath=256").isEqualTo(256);
    assertThat(frr.sendsBestPathToSource()).isTrue();
    assertThat(frr.nonConnectedPeer()).isEqualTo(VendorProfile.NonConnectedPeer.PATHS_INVALID);
    assertThat(frr.networkTakesStaticNextHop()).isFalse();
    VendorProfile cisco = builtIns.find("cisco-iosxe").orElseThrow();
    assertThat(cisco.defaultMaximumPaths()).isEqualTo(1);
    assertThat(cisco.maximumPathsLimit()).isEqualTo(32);
    assertThat(cisco.sendsBestPathToSource()).isTrue();
    assertThat(cisco.nonConnectedPeer()).isEqualTo(VendorProfile.NonConnectedPeer.SESSION_DOWN);
    assertThat(cisco.networkTakesStaticNextHop()).isTrue();
    assertThat(List.of(frr, cisco)).allMatch(VendorProfile::prefersOldestPath);
  }

  @Test
  void serviceLoaderFindsPluginsBesideTheBuiltIns() {
    // src/test/resources/META-INF/services lists AcmeProfile.
    VendorProfiles found = VendorProfiles.discover(getClass().getClassLoader());
    assertThat(found.all()).containsOnlyKeys("acme.router", "cisco-iosxe", "frr");
  }

  @Test
  void idsAreCheckedAsPolicyIdsAre() {
    assertThatIllegalStateException().isThrownBy(() -> VendorProfiles.of(List.of(new AcmeProfile("junos"))))
        .withMessageContaining("\"junos\" has no vendor prefix").withMessageContaining("acme.junos");
    assertThatIllegalStateException().isThrownBy(() -> VendorProfiles.of(List.of(new AcmeProfile("Acme Router"))))
        .withMessageContaining("is not valid");
    assertThatIllegalStateException().isThrownBy(() -> VendorProfiles.of(List.of(new AcmeProfile(),
            new AcmeProfile())))
        .withMessageContaining("two vendor profiles have the id acme.router");
  }

  @Test
  void aTopologyNamingAnUnknownVendorOrTooManyPathsIsReported() {
    Topology full = TestTopologies.full();
    NetworkVirtualAppliance nva = full.networkVirtualAppliances().get(0);
    NetworkVirtualAppliance typo = nva.withVendor("cisco-iosx");
    List<Problem> problems = VendorProfiles.builtIns().check(withNva(full, typo));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-vendor");
      assertThat(p.pointer()).isEqualTo("/networkVirtualAppliances/0/vendor");
      assertThat(p.fix()).contains("did you mean \"cisco-iosxe\"?", "known profiles: cisco-iosxe, frr");
    });
    NetworkVirtualAppliance wide = new NetworkVirtualAppliance(nva.name(), nva.asn(), nva.routerId(),
        nva.networkInterfaces(), nva.networks(), 64, nva.bgpNeighbors(), false).withVendor("cisco-iosxe");
    assertThat(VendorProfiles.builtIns().check(withNva(full, wide))).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/networkVirtualAppliances/0/maximumPaths");
      assertThat(p.message()).contains("maximumPaths 64 is more than Cisco IOS-XE");
    });
    assertThat(VendorProfiles.builtIns().check(full)).isEmpty();
  }

  private static Topology withNva(Topology t, NetworkVirtualAppliance nva) {
    return new Topology(t.schema(), t.name(), t.description(), t.virtualNetworks(), t.routeTables(),
        t.virtualMachines(), t.routeServers(), List.of(nva), t.policies(), t.extensions());
  }
}
