package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour's or peer group's IPv4 unicast settings, each as configured: null or false when the
 * configuration does not say (the peer group's value, or the vendor's default, then applies).
 * FRR writes these inside {@code address-family ipv4 unicast} (or, in old files, directly under
 * {@code router bgp}); IOS-XE inside {@code address-family ipv4} or directly under {@code router bgp}.
 *
 * @param routeMapIn {@code route-map NAME in}
 * @param routeMapOut {@code route-map NAME out}
 * @param prefixListIn {@code prefix-list NAME in}
 * @param prefixListOut {@code prefix-list NAME out}
 * @param filterListIn {@code filter-list NAME in} (an AS-path access list)
 * @param filterListOut {@code filter-list NAME out}
 * @param nextHopSelf {@code next-hop-self}
 * @param nextHopSelfForce {@code next-hop-self force} (FRR: also for iBGP-learned routes)
 * @param asOverride {@code as-override}
 * @param allowAsIn {@code allowas-in [...]}
 * @param maximumPrefix {@code maximum-prefix ...}
 * @param removePrivateAs {@code remove-private-as [all] [replace-as]}: the options as written, {@code ""} for the bare form; null when absent
 * @param softReconfigurationInbound {@code soft-reconfiguration inbound}
 * @param sendCommunity {@code send-community [standard|extended|large|both|all]}: the option as written, {@code ""} for the bare form
 * @param sendCommunityDisabled {@code no neighbor X send-community} (FRR sends communities unless told not to)
 * @param weight {@code weight N}
 * @param defaultOriginate {@code default-originate}
 * @param defaultOriginateRouteMap {@code default-originate route-map NAME}
 * @param routeReflectorClient {@code route-reflector-client}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PeerPolicy(
    @Nullable String routeMapIn,
    @Nullable String routeMapOut,
    @Nullable String prefixListIn,
    @Nullable String prefixListOut,
    @Nullable String filterListIn,
    @Nullable String filterListOut,
    boolean nextHopSelf,
    boolean nextHopSelfForce,
    boolean asOverride,
    @Nullable AllowAsIn allowAsIn,
    @Nullable MaximumPrefix maximumPrefix,
    @Nullable String removePrivateAs,
    boolean softReconfigurationInbound,
    @Nullable String sendCommunity,
    boolean sendCommunityDisabled,
    @Nullable Long weight,
    boolean defaultOriginate,
    @Nullable String defaultOriginateRouteMap,
    boolean routeReflectorClient) {

  /** Nothing configured. */
  public static final PeerPolicy NONE = builder().build();

  /** A builder with nothing configured. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.routeMapIn = routeMapIn;
    b.routeMapOut = routeMapOut;
    b.prefixListIn = prefixListIn;
    b.prefixListOut = prefixListOut;
    b.filterListIn = filterListIn;
    b.filterListOut = filterListOut;
    b.nextHopSelf = nextHopSelf;
    b.nextHopSelfForce = nextHopSelfForce;
    b.asOverride = asOverride;
    b.allowAsIn = allowAsIn;
    b.maximumPrefix = maximumPrefix;
    b.removePrivateAs = removePrivateAs;
    b.softReconfigurationInbound = softReconfigurationInbound;
    b.sendCommunity = sendCommunity;
    b.sendCommunityDisabled = sendCommunityDisabled;
    b.weight = weight;
    b.defaultOriginate = defaultOriginate;
    b.defaultOriginateRouteMap = defaultOriginateRouteMap;
    b.routeReflectorClient = routeReflectorClient;
    return b;
  }

  /** Builds a {@link PeerPolicy}; every setter returns the builder. */
  public static final class Builder {
    private @Nullable String routeMapIn;
    private @Nullable String routeMapOut;
    private @Nullable String prefixListIn;
    private @Nullable String prefixListOut;
    private @Nullable String filterListIn;
    private @Nullable String filterListOut;
    private boolean nextHopSelf;
    private boolean nextHopSelfForce;
    private boolean asOverride;
    private @Nullable AllowAsIn allowAsIn;
    private @Nullable MaximumPrefix maximumPrefix;
    private @Nullable String removePrivateAs;
    private boolean softReconfigurationInbound;
    private @Nullable String sendCommunity;
    private boolean sendCommunityDisabled;
    private @Nullable Long weight;
    private boolean defaultOriginate;
    private @Nullable String defaultOriginateRouteMap;
    private boolean routeReflectorClient;

    private Builder() {}

    public Builder routeMapIn(@Nullable String name) {
      routeMapIn = name;
      return this;
    }

    public Builder routeMapOut(@Nullable String name) {
      routeMapOut = name;
      return this;
    }

    public Builder prefixListIn(@Nullable String name) {
      prefixListIn = name;
      return this;
    }

    public Builder prefixListOut(@Nullable String name) {
      prefixListOut = name;
      return this;
    }

    public Builder filterListIn(@Nullable String name) {
      filterListIn = name;
      return this;
    }

    public Builder filterListOut(@Nullable String name) {
      filterListOut = name;
      return this;
    }

    public Builder nextHopSelf(boolean value) {
      nextHopSelf = value;
      return this;
    }

    public Builder nextHopSelfForce(boolean value) {
      nextHopSelfForce = value;
      return this;
    }

    public Builder asOverride(boolean value) {
      asOverride = value;
      return this;
    }

    public Builder allowAsIn(@Nullable AllowAsIn value) {
      allowAsIn = value;
      return this;
    }

    public Builder maximumPrefix(@Nullable MaximumPrefix value) {
      maximumPrefix = value;
      return this;
    }

    public Builder removePrivateAs(@Nullable String options) {
      removePrivateAs = options;
      return this;
    }

    public Builder softReconfigurationInbound(boolean value) {
      softReconfigurationInbound = value;
      return this;
    }

    public Builder sendCommunity(@Nullable String option) {
      sendCommunity = option;
      return this;
    }

    public Builder sendCommunityDisabled(boolean value) {
      sendCommunityDisabled = value;
      return this;
    }

    public Builder weight(@Nullable Long value) {
      weight = value;
      return this;
    }

    public Builder defaultOriginate(boolean value) {
      defaultOriginate = value;
      return this;
    }

    public Builder defaultOriginateRouteMap(@Nullable String name) {
      defaultOriginateRouteMap = name;
      return this;
    }

    public Builder routeReflectorClient(boolean value) {
      routeReflectorClient = value;
      return this;
    }

    public PeerPolicy build() {
      return new PeerPolicy(routeMapIn, routeMapOut, prefixListIn, prefixListOut, filterListIn,
          filterListOut, nextHopSelf, nextHopSelfForce, asOverride, allowAsIn, maximumPrefix,
          removePrivateAs, softReconfigurationInbound, sendCommunity, sendCommunityDisabled, weight,
          defaultOriginate, defaultOriginateRouteMap, routeReflectorClient);
    }
  }
}
