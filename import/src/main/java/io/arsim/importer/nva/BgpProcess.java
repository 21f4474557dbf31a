package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A BGP instance: FRR {@code router bgp ASN [vrf NAME]}, IOS-XE {@code router bgp ASN} (and each of
 * its {@code address-family ipv4 vrf NAME} blocks, which become a process of their own with the
 * same ASN). Settings are as configured; where the configuration is silent the value is null or
 * false and the vendor profile's default applies later (FRR's {@code maximum-paths} default is
 * its build's MULTIPATH_NUM, IOS-XE's is 1: the mapping decides, not this record).
 *
 * @param asn the local AS
 * @param vrf the VRF, null for the default one
 * @param routerId {@code bgp router-id}
 * @param defaultIpv4Unicast false after {@code no bgp default ipv4-unicast} (neighbours then need {@code activate})
 * @param maximumPathsEbgp {@code maximum-paths N} (IOS-XE {@code maximum-paths eibgp N} sets both)
 * @param maximumPathsIbgp {@code maximum-paths ibgp N}
 * @param asPathMultipathRelax {@code bgp bestpath as-path multipath-relax}
 * @param ebgpRequiresPolicyDisabled {@code no bgp ebgp-requires-policy} (FRR; RFC 8212 is on by default)
 * @param networkImportCheckDisabled {@code no bgp network import-check} (FRR)
 * @param deterministicMed {@code bgp deterministic-med}
 * @param alwaysCompareMed {@code bgp always-compare-med}
 * @param peers the neighbours and peer groups, in order of first appearance
 * @param networks the {@code network} statements (IPv4 unicast)
 * @param aggregates the {@code aggregate-address} statements (IPv4 unicast)
 * @param redistributions the {@code redistribute} statements (IPv4 unicast)
 * @param location the {@code router bgp} (or {@code address-family ipv4 vrf}) line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpProcess(
    Asn asn,
    @Nullable String vrf,
    @Nullable Ipv4Address routerId,
    boolean defaultIpv4Unicast,
    @Nullable Integer maximumPathsEbgp,
    @Nullable Integer maximumPathsIbgp,
    boolean asPathMultipathRelax,
    boolean ebgpRequiresPolicyDisabled,
    boolean networkImportCheckDisabled,
    boolean deterministicMed,
    boolean alwaysCompareMed,
    List<BgpPeer> peers,
    List<BgpNetwork> networks,
    List<BgpAggregate> aggregates,
    List<BgpRedistribution> redistributions,
    SourceLocation location) {

  public BgpProcess {
    Objects.requireNonNull(asn, "asn");
    peers = List.copyOf(peers);
    networks = List.copyOf(networks);
    aggregates = List.copyOf(aggregates);
    redistributions = List.copyOf(redistributions);
    Objects.requireNonNull(location, "location");
  }

  /** The neighbour or peer group named {@code name}. */
  public Optional<BgpPeer> peer(String name) {
    return peers.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** A builder for the process of {@code asn} at {@code location}, with nothing else configured. */
  public static Builder builder(Asn asn, SourceLocation location) {
    return new Builder(asn, location);
  }

  /** Builds a {@link BgpProcess}; every setter returns the builder. */
  public static final class Builder {
    private final Asn asn;
    private final SourceLocation location;
    private @Nullable String vrf;
    private @Nullable Ipv4Address routerId;
    private boolean defaultIpv4Unicast = true;
    private @Nullable Integer maximumPathsEbgp;
    private @Nullable Integer maximumPathsIbgp;
    private boolean asPathMultipathRelax;
    private boolean ebgpRequiresPolicyDisabled;
    private boolean networkImportCheckDisabled;
    private boolean deterministicMed;
    private boolean alwaysCompareMed;
    private List<BgpPeer> peers = List.of();
    private List<BgpNetwork> networks = List.of();
    private List<BgpAggregate> aggregates = List.of();
    private List<BgpRedistribution> redistributions = List.of();

    private Builder(Asn asn, SourceLocation location) {
      this.asn = asn;
      this.location = location;
    }

    public Builder vrf(@Nullable String value) {
      vrf = value;
      return this;
    }

    public Builder routerId(@Nullable Ipv4Address value) {
      routerId = value;
      return this;
    }

    public Builder defaultIpv4Unicast(boolean value) {
      defaultIpv4Unicast = value;
      return this;
    }

    public Builder maximumPathsEbgp(@Nullable Integer value) {
      maximumPathsEbgp = value;
      return this;
    }

    public Builder maximumPathsIbgp(@Nullable Integer value) {
      maximumPathsIbgp = value;
      return this;
    }

    public Builder asPathMultipathRelax(boolean value) {
      asPathMultipathRelax = value;
      return this;
    }

    public Builder ebgpRequiresPolicyDisabled(boolean value) {
      ebgpRequiresPolicyDisabled = value;
      return this;
    }

    public Builder networkImportCheckDisabled(boolean value) {
      networkImportCheckDisabled = value;
      return this;
    }

    public Builder deterministicMed(boolean value) {
      deterministicMed = value;
      return this;
    }

    public Builder alwaysCompareMed(boolean value) {
      alwaysCompareMed = value;
      return this;
    }

    public Builder peers(List<BgpPeer> value) {
      peers = value;
      return this;
    }

    public Builder networks(List<BgpNetwork> value) {
      networks = value;
      return this;
    }

    public Builder aggregates(List<BgpAggregate> value) {
      aggregates = value;
      return this;
    }

    public Builder redistributions(List<BgpRedistribution> value) {
      redistributions = value;
      return this;
    }

    public BgpProcess build() {
      return new BgpProcess(asn, vrf, routerId, defaultIpv4Unicast, maximumPathsEbgp, maximumPathsIbgp,
          asPathMultipathRelax, ebgpRequiresPolicyDisabled, networkImportCheckDisabled, deterministicMed,
          alwaysCompareMed, peers, networks, aggregates, redistributions, location);
    }
  }
}
