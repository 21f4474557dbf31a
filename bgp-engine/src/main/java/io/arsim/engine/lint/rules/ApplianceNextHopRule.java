package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code udr-next-hop-not-forwarding}: a UDR whose next hop is a virtual appliance that cannot
 * forward. Azure requires the next-hop address of a VirtualAppliance route to be a NIC with IP
 * forwarding enabled, or an internal load balancer (azure-route-server-facts.md 4.4, S17):
 *
 * <ul>
 *   <li>a NIC of the design without IP forwarding: a warning, the traffic is dropped;
 *   <li>an address no NIC of the design holds: a note, since it may be an internal load balancer or
 *       a resource the design leaves out, which arsim cannot check (a trace stops there).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ApplianceNextHopRule implements LintRule {

  @Override
  public String id() {
    return "udr-next-hop-not-forwarding";
  }

  @Override
  public String description() {
    return "A VirtualAppliance UDR whose next hop is a NIC without IP forwarding, or no NIC of the design.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    Map<Ipv4Address, AttachedInterface> nics = new HashMap<>();
    for (AttachedInterface nic : context.topology().allInterfaces()) {
      nics.putIfAbsent(nic.networkInterface().privateIpAddress(), nic);
    }
    List<Finding> findings = new ArrayList<>();
    for (RouteTable table : context.topology().routeTables()) {
      for (UserDefinedRoute udr : table.routes()) {
        Ipv4Address hop = udr.nextHopIpAddress();
        if (udr.nextHopType() != NextHopType.VirtualAppliance || hop == null) {
          continue;
        }
        String subject = "route table " + table.name() + ", UDR " + udr.name();
        AttachedInterface nic = nics.get(hop);
        if (nic == null) {
          findings.add(Finding.info(id(), subject, udr.addressPrefix() + " -> VirtualAppliance " + hop
              + ": no NIC of the design holds " + hop + "; if it is an internal load balancer or a resource outside"
              + " the design, arsim cannot check that it forwards, and traces stop there",
              "add the appliance's NIC (with enableIpForwarding: true) to the design, or correct the address"));
        } else if (!nic.networkInterface().enableIpForwarding()) {
          findings.add(Finding.warning(id(), subject, udr.addressPrefix() + " -> VirtualAppliance " + hop + ": NIC "
              + nic.networkInterface().name() + " of " + nic.owner() + " does not enable IP forwarding, so Azure drops"
              + " the traffic this route sends it (S17)",
              "set enableIpForwarding: true on " + nic.networkInterface().name() + ", or point the UDR at an appliance"));
        }
      }
    }
    return findings;
  }
}
