package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The encapsulation of a tunnel interface ({@code tunnel mode} in IOS-XE). */
@API(status = EXPERIMENTAL, since = "0.2")
public enum TunnelMode {
  /** GRE over IPv4 ({@code tunnel mode gre ip}; IOS-XE's default when no mode is configured). */
  GRE,
  /** Multipoint GRE ({@code tunnel mode gre multipoint}, DMVPN). */
  GRE_MULTIPOINT,
  /** A static virtual tunnel interface with IPsec ({@code tunnel mode ipsec ipv4}). */
  IPSEC,
  /** Any other mode the configuration names; the tunnel's {@code modeText} says which. */
  OTHER
}
