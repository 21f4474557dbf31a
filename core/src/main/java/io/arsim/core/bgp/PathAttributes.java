package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The path attributes of a BGP route, held apart from the route's identity ({@link BgpRoute}) so
 * that many routes can share one instance.
 *
 * <p><b>MED.</b> The MULTI_EXIT_DISC attribute is optional, so it is two components: {@code hasMed}
 * says whether it is present and {@code med} holds its value, 0..4294967295. When it is absent
 * {@code med} must be 0, so that equality never depends on a value nobody sent. Best-path code
 * chooses what a missing MED means with {@link #medOr(long)} (RFC 4271 and FRR use 0; Cisco's
 * {@code bgp bestpath med missing-as-worst} uses 4294967295).
 *
 * <p><b>Interning.</b> {@link #intern(PathAttributes)} returns one canonical instance for each
 * distinct value, like {@link String#intern()}. It is thread-safe. Its table holds the instances
 * weakly, so attribute sets no route uses any more are garbage collected. Nothing interns
 * implicitly: constructors and builders return fresh instances.
 *
 * @param asPath the AS_PATH
 * @param origin the ORIGIN
 * @param nextHop the NEXT_HOP
 * @param med the MULTI_EXIT_DISC value, 0..4294967295; 0 when {@code hasMed} is false
 * @param hasMed whether a MULTI_EXIT_DISC is present
 * @param localPreference the LOCAL_PREF, 0..4294967295 (higher is better; 100 by default)
 * @param communities the COMMUNITIES and LARGE_COMMUNITY attributes
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PathAttributes(
    AsPath asPath,
    Origin origin,
    Ipv4Address nextHop,
    long med,
    boolean hasMed,
    long localPreference,
    Communities communities) {

  /** The LOCAL_PREF a route gets when no policy sets one. */
  public static final long DEFAULT_LOCAL_PREFERENCE = 100;

  private static final long MAX_UINT32 = 0xFFFF_FFFFL;

  private static final Map<PathAttributes, WeakReference<PathAttributes>> INTERNED =
      Collections.synchronizedMap(new WeakHashMap<>());

  public PathAttributes {
    Objects.requireNonNull(asPath, "asPath");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(nextHop, "nextHop");
    Objects.requireNonNull(communities, "communities");
    if (med < 0 || med > MAX_UINT32) {
      throw new IllegalArgumentException("MED " + med + " is out of range 0..4294967295");
    }
    if (!hasMed && med != 0) {
      throw new IllegalArgumentException(
          "MED " + med + " is given but hasMed is false; an absent MED must be 0");
    }
    if (localPreference < 0 || localPreference > MAX_UINT32) {
      throw new IllegalArgumentException(
          "local preference " + localPreference + " is out of range 0..4294967295");
    }
  }

  /**
   * The canonical instance equal to {@code attributes}: the first one interned that is still in use,
   * or {@code attributes} itself, which becomes canonical. Thread-safe; see the class comment.
   */
  public static PathAttributes intern(PathAttributes attributes) {
    Objects.requireNonNull(attributes, "attributes");
    synchronized (INTERNED) {
      WeakReference<PathAttributes> ref = INTERNED.get(attributes);
      PathAttributes canonical = ref == null ? null : ref.get();
      if (canonical != null) {
        return canonical;
      }
      INTERNED.put(attributes, new WeakReference<>(attributes));
      return attributes;
    }
  }

  /** A builder with no next hop, an empty AS path, origin IGP, no MED, local preference 100 and no communities. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these attributes. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The MED when present, otherwise {@code whenMissing}. */
  public long medOr(long whenMissing) {
    return hasMed ? med : whenMissing;
  }

  /**
   * Like {@code show bgp}: {@code via 10.1.1.4 [65001 65515] i}, followed by {@code med N} when a
   * MED is present, {@code local-pref N} when it is not 100, and {@code communities ...} when there
   * are any.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("via ").append(nextHop)
        .append(" [").append(asPath).append("] ").append(origin.code());
    if (hasMed) {
      out.append(" med ").append(med);
    }
    if (localPreference != DEFAULT_LOCAL_PREFERENCE) {
      out.append(" local-pref ").append(localPreference);
    }
    if (!communities.isEmpty()) {
      out.append(" communities ").append(communities);
    }
    return out.toString();
  }

  /** Builds {@link PathAttributes}; not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private AsPath asPath = AsPath.EMPTY;
    private Origin origin = Origin.IGP;
    private @Nullable Ipv4Address nextHop;
    private long med;
    private boolean hasMed;
    private long localPreference = DEFAULT_LOCAL_PREFERENCE;
    private Communities communities = Communities.EMPTY;

    private Builder() {}

    private Builder(PathAttributes from) {
      this.asPath = from.asPath;
      this.origin = from.origin;
      this.nextHop = from.nextHop;
      this.med = from.med;
      this.hasMed = from.hasMed;
      this.localPreference = from.localPreference;
      this.communities = from.communities;
    }

    public Builder asPath(AsPath asPath) {
      this.asPath = Objects.requireNonNull(asPath, "asPath");
      return this;
    }

    public Builder origin(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    public Builder nextHop(Ipv4Address nextHop) {
      this.nextHop = Objects.requireNonNull(nextHop, "nextHop");
      return this;
    }

    /** Sets a MED (range-checked by {@link #build()}). */
    public Builder med(long med) {
      this.med = med;
      this.hasMed = true;
      return this;
    }

    /** Removes the MED. */
    public Builder noMed() {
      this.med = 0;
      this.hasMed = false;
      return this;
    }

    public Builder localPreference(long localPreference) {
      this.localPreference = localPreference;
      return this;
    }

    public Builder communities(Communities communities) {
      this.communities = Objects.requireNonNull(communities, "communities");
      return this;
    }

    /** Adds one standard community to those already set. */
    public Builder addCommunity(Community community) {
      this.communities = communities.add(community);
      return this;
    }

    /**
     * Builds the attributes (not interned).
     *
     * @throws IllegalStateException when no next hop was set
     * @throws IllegalArgumentException when a value is out of range
     */
    public PathAttributes build() {
      Ipv4Address hop = nextHop;
      if (hop == null) {
        throw new IllegalStateException("path attributes need a next hop; call nextHop(...) before build()");
      }
      return new PathAttributes(asPath, origin, hop, med, hasMed, localPreference, communities);
    }
  }
}
