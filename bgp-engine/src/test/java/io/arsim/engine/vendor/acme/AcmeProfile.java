package io.arsim.engine.vendor.acme;

import io.arsim.engine.spi.VendorProfile;

/** A plugin profile, as a third party writes one (listed in this module's test META-INF/services). */
public final class AcmeProfile implements VendorProfile {
  private final String id;

  public AcmeProfile() {
    this("acme.router");
  }

  public AcmeProfile(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return "ACME Router 1.0";
  }

  @Override
  public int defaultMaximumPaths() {
    return 4;
  }

  @Override
  public int maximumPathsLimit() {
    return 8;
  }

  @Override
  public boolean sendsBestPathToSource() {
    return false;
  }

  @Override
  public NonConnectedPeer nonConnectedPeer() {
    return NonConnectedPeer.SESSION_DOWN;
  }

  @Override
  public boolean networkTakesStaticNextHop() {
    return false;
  }
}
