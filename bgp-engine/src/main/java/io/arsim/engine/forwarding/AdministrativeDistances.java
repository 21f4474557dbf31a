package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The administrative distances an NVA's routing table orders its routes of one prefix by: the
 * lowest wins, and between prefixes the longest match wins first.
 *
 * @param connected a NIC's subnet, a tunnel's far end, the NVA's own addresses
 * @param staticRoute a static route without its own {@code distance}
 * @param ebgp a route learned over eBGP
 * @param ibgp a route learned over iBGP
 * @param defaultGateway the default route Azure's DHCP gives the primary NIC (via the subnet's first
 *     address)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AdministrativeDistances(int connected, int staticRoute, int ebgp, int ibgp, int defaultGateway) {

  /**
   * FRR's and Cisco IOS-XE's defaults, which agree: connected 0, static 1, eBGP 20, iBGP 200 (FRR
   * {@code zebra/zebra_rib.c}, {@code route_info[]}: "IBGP is 200"; Cisco, "What Is Administrative
   * Distance?"). The DHCP default route gets 254, IOS-XE's default for a DHCP-learned default route
   * ({@code ip dhcp client default-router distance}), so any configured or learned 0.0.0.0/0 wins
   * over it; on Linux the route is a kernel route, which FRR would rank 0 — arsim keeps it last so
   * that a default route learned over a tunnel is used, which is what SD-WAN designs intend.
   */
  public static AdministrativeDistances defaults() {
    return new AdministrativeDistances(0, 1, 20, 200, 254);
  }
}
