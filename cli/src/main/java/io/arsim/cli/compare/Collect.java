package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.cli.compare.CompareManifest.Shows;
import org.apiguardian.api.API;

/** The commands that collect each kind of observed file, for messages and docs/compare.md. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Collect {
  private Collect() {}

  /** The command that prints what a file of kind {@code shows} holds. */
  public static String command(Shows shows) {
    return switch (shows) {
      case LEARNED_ROUTES -> "az network routeserver peering list-learned-routes -g RG --routeserver RS -n PEER"
          + " -o json";
      case ADVERTISED_ROUTES -> "az network routeserver peering list-advertised-routes -g RG --routeserver RS -n PEER"
          + " -o json";
      case EFFECTIVE_ROUTES -> "az network nic show-effective-route-table -g RG -n NIC -o json";
      case BGP_TABLE -> "vtysh -c 'show bgp ipv4 unicast json' (FRR) or show ip bgp (IOS-XE)";
      case GATEWAY_LEARNED_ROUTES -> "az network vnet-gateway list-learned-routes -g RG -n GATEWAY -o json";
    };
  }
}
