package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NodeSpec;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The network being assembled, as an {@link EngineExtension} sees it: it adds its nodes, the
 * addresses they answer on, their neighbours (on both sides of every session), their originated
 * routes, and marks sessions down where the design says so. The route-server instances and NVAs of
 * the topology are already in when extensions run.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface NetworkAssembly {

  /** The settings the network is built with (for the facts Azure leaves open). */
  EngineSettings settings();

  /** Adds a node; its name must be new. */
  NetworkAssembly addNode(NodeSpec node);

  /** Records that {@code node} answers BGP on {@code address}. */
  NetworkAssembly addAddress(Ipv4Address address, String node);

  /** The node answering on {@code address}. */
  Optional<String> nodeAt(Ipv4Address address);

  /** Whether a node of that name was added. */
  boolean hasNode(String name);

  /** The ASN of a node that was added. */
  Asn asnOf(String name);

  /** Adds a neighbour to {@code node}. */
  NetworkAssembly addNeighbor(String node, Neighbor neighbor);

  /** Adds a route {@code node} originates. */
  NetworkAssembly addOriginated(String node, BgpRoute route);

  /**
   * Adds a static route to {@code node}, a router outside Azure's fabric: traces forward by it
   * (it wins over a BGP path of the same prefix, as on FRR and IOS-XE); BGP never sees it.
   */
  NetworkAssembly addStaticRoute(String node, Ipv4Prefix prefix, Ipv4Address nextHop);

  /** Marks the session between two nodes down, whatever its configuration (the first reason wins). */
  NetworkAssembly markDown(String a, String b, String reason);

  /** Records a neighbour configured toward an address where no node answers. */
  NetworkAssembly addUnresolved(String node, Ipv4Address local, Ipv4Address peerAddress);
}
