package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code gateway-subnet-route-table}: a route table on a GatewaySubnet that Microsoft's guidance
 * warns against (azure-route-server-facts.md 4.4):
 *
 * <ul>
 *   <li>a UDR for 0.0.0.0/0 (S17: "don't put 0.0.0.0/0 UDR on GatewaySubnet");
 *   <li>gateway-route propagation turned off (S17: "don't disable propagation on GatewaySubnet");
 *   <li>in a VNet with a route server, a UDR that sends the RouteServerSubnet's range to a virtual
 *       appliance without a more specific {@code RouteServerSubnet -> VirtualNetwork} exception: it
 *       can break the BGP sessions between the route server and the gateway (S7, gotcha 11).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GatewaySubnetRouteTableRule implements LintRule {

  @Override
  public String id() {
    return "gateway-subnet-route-table";
  }

  @Override
  public String description() {
    return "A GatewaySubnet route table that can break the gateway: a 0.0.0.0/0 UDR, propagation off, or the"
        + " RouteServerSubnet routed to an appliance.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (VirtualNetwork vnet : context.topology().virtualNetworks()) {
      for (Subnet subnet : vnet.subnets()) {
        if (!subnet.name().equals(Subnet.GATEWAY_SUBNET) || subnet.routeTable() == null) {
          continue;
        }
        Optional<RouteTable> table = context.topology().routeTable(subnet.routeTable());
        if (table.isEmpty()) {
          continue;
        }
        String subject = vnet.name() + "/" + Subnet.GATEWAY_SUBNET + " (route table " + table.get().name() + ")";
        check(context, vnet, table.get(), subject, findings);
      }
    }
    return findings;
  }

  private void check(LintContext context, VirtualNetwork vnet, RouteTable table, String subject,
      List<Finding> findings) {
    for (UserDefinedRoute udr : table.routes()) {
      if (udr.addressPrefix().equals(Ipv4Prefix.DEFAULT_ROUTE)) {
        findings.add(Finding.warning(id(), subject, "UDR " + udr.name() + " sends 0.0.0.0/0 from the GatewaySubnet to "
            + udr.nextHopType() + "; Microsoft's routing documentation says not to put a 0.0.0.0/0 route on the"
            + " GatewaySubnet: the gateway may not function properly (S17)",
            "remove UDR " + udr.name() + " from route table " + table.name()
                + ", or associate the table with the workload subnets instead"));
      }
    }
    if (table.disableBgpRoutePropagation()) {
      findings.add(Finding.warning(id(), subject, "route table " + table.name() + " turns gateway-route propagation off"
          + " on the GatewaySubnet; Microsoft's routing documentation says not to: the gateway does not function"
          + " with propagation disabled (S17)", "set disableBgpRoutePropagation: false on " + table.name()
          + ", or use a separate table for the GatewaySubnet"));
    }
    Optional<Ipv4Prefix> routeServerSubnet = routeServerSubnet(context, vnet);
    if (routeServerSubnet.isEmpty()) {
      return;
    }
    Ipv4Prefix rss = routeServerSubnet.get();
    for (UserDefinedRoute udr : table.routes()) {
      if (udr.nextHopType() == NextHopType.VirtualAppliance && udr.addressPrefix() instanceof Ipv4Prefix p
          && p.contains(rss) && !exceptedByLongerMatch(table, p, rss)) {
        findings.add(Finding.warning(id(), subject, "UDR " + udr.name() + " (" + p + " -> VirtualAppliance "
            + udr.nextHopIpAddress() + ") also sends the RouteServerSubnet " + rss + " to the appliance; this can break"
            + " the BGP sessions between the route server and the gateway (S7)",
            "add a UDR " + rss + " -> VnetLocal (the portal's \"Virtual network\") to route table " + table.name()));
      }
    }
  }

  /** Whether a VnetLocal UDR more specific than {@code appliance} covers the RouteServerSubnet. */
  private static boolean exceptedByLongerMatch(RouteTable table, Ipv4Prefix appliance, Ipv4Prefix rss) {
    return table.routes().stream().anyMatch(u -> u.nextHopType() == NextHopType.VnetLocal
        && u.addressPrefix() instanceof Ipv4Prefix p && p.contains(rss) && p.length() > appliance.length());
  }

  private static Optional<Ipv4Prefix> routeServerSubnet(LintContext context, VirtualNetwork vnet) {
    if (context.topology().routeServers().stream().noneMatch(r -> r.virtualNetwork().equals(vnet.name()))) {
      return Optional.empty();
    }
    return vnet.subnets().stream().filter(s -> s.name().equals(Subnet.ROUTE_SERVER_SUBNET))
        .map(Subnet::addressPrefix).filter(Ipv4Prefix.class::isInstance).map(Ipv4Prefix.class::cast).findFirst();
  }
}
