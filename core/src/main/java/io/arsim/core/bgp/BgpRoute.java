package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A BGP route as a router holds it: its identity (the prefix and where it was learned) and its
 * {@link PathAttributes}, which may be shared with other routes.
 *
 * <p>{@code receivedFrom} names the peer the route was learned from, as the topology names it (for
 * example {@code nva1} or {@code ars-instance-0}), or {@link #LOCAL} for a route the router
 * originated itself. It is compared as an exact string.
 *
 * @param prefix the destination
 * @param receivedFrom the name of the peer the route came from, or {@code "local"}
 * @param attributes the path attributes
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BgpRoute(Ipv4Prefix prefix, String receivedFrom, PathAttributes attributes) {

  /** The {@code receivedFrom} of a route the router originated itself. */
  public static final String LOCAL = "local";

  public BgpRoute {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(receivedFrom, "receivedFrom");
    Objects.requireNonNull(attributes, "attributes");
    if (receivedFrom.isBlank() || !receivedFrom.strip().equals(receivedFrom)) {
      throw new IllegalArgumentException("route " + prefix + " has receivedFrom \"" + receivedFrom
          + "\"; expected a peer name without surrounding spaces, or \"local\"");
    }
  }

  /** A builder with no prefix, received from {@link #LOCAL}, and default attributes without a next hop. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this route. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether the router originated this route itself. */
  public boolean isLocal() {
    return LOCAL.equals(receivedFrom);
  }

  /** This route with other path attributes. */
  public BgpRoute withAttributes(PathAttributes attributes) {
    return new BgpRoute(prefix, receivedFrom, attributes);
  }

  /**
   * For example {@code 10.0.0.0/16 via 10.1.1.4 [65001 65515] i from nva1}: the prefix, the
   * attributes as {@link PathAttributes#toString()} prints them, and the peer.
   */
  @Override
  public String toString() {
    return prefix + " " + attributes + " from " + receivedFrom;
  }

  /**
   * Builds a {@link BgpRoute}; its attribute setters edit a {@link PathAttributes.Builder}, so
   * {@code route.toBuilder().localPreference(200).build()} changes one attribute. Not thread-safe.
   * The built route's attributes are not interned.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable Ipv4Prefix prefix;
    private String receivedFrom = LOCAL;
    private PathAttributes.Builder attributes;

    private Builder() {
      this.attributes = PathAttributes.builder();
    }

    private Builder(BgpRoute from) {
      this.prefix = from.prefix;
      this.receivedFrom = from.receivedFrom;
      this.attributes = from.attributes.toBuilder();
    }

    public Builder prefix(Ipv4Prefix prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    public Builder receivedFrom(String receivedFrom) {
      this.receivedFrom = Objects.requireNonNull(receivedFrom, "receivedFrom");
      return this;
    }

    /** Replaces every attribute with those of {@code attributes}. */
    public Builder attributes(PathAttributes attributes) {
      this.attributes = attributes.toBuilder();
      return this;
    }

    public Builder asPath(AsPath asPath) {
      attributes.asPath(asPath);
      return this;
    }

    public Builder origin(Origin origin) {
      attributes.origin(origin);
      return this;
    }

    public Builder nextHop(Ipv4Address nextHop) {
      attributes.nextHop(nextHop);
      return this;
    }

    public Builder med(long med) {
      attributes.med(med);
      return this;
    }

    public Builder noMed() {
      attributes.noMed();
      return this;
    }

    public Builder localPreference(long localPreference) {
      attributes.localPreference(localPreference);
      return this;
    }

    public Builder communities(Communities communities) {
      attributes.communities(communities);
      return this;
    }

    public Builder addCommunity(Community community) {
      attributes.addCommunity(community);
      return this;
    }

    /**
     * Builds the route.
     *
     * @throws IllegalStateException when the prefix or the next hop was not set
     */
    public BgpRoute build() {
      Ipv4Prefix p = prefix;
      if (p == null) {
        throw new IllegalStateException("a route needs a prefix; call prefix(...) before build()");
      }
      return new BgpRoute(p, receivedFrom, attributes.build());
    }
  }
}
