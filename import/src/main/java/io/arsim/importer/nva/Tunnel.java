package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tunnel settings of a tunnel interface, each as configured (null when the configuration does
 * not say; IOS-XE then uses GRE over IPv4).
 *
 * @param sourceInterface {@code tunnel source GigabitEthernet1}
 * @param sourceAddress {@code tunnel source 10.0.0.4}
 * @param destination {@code tunnel destination 203.0.113.10}
 * @param mode {@code tunnel mode ...}
 * @param modeText the mode as written, e.g. {@code ipsec ipv4}
 * @param ipsecProfile {@code tunnel protection ipsec profile NAME}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Tunnel(
    @Nullable String sourceInterface,
    @Nullable Ipv4Address sourceAddress,
    @Nullable Ipv4Address destination,
    @Nullable TunnelMode mode,
    @Nullable String modeText,
    @Nullable String ipsecProfile) {

  /** Whether traffic through the tunnel is protected by IPsec (an IPsec mode or a protection profile). */
  public boolean isIpsec() {
    return mode == TunnelMode.IPSEC || ipsecProfile != null;
  }
}
