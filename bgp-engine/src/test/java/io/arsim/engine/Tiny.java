package io.arsim.engine;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyJson;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.decision.FrrDecisionProcess;
import io.arsim.engine.speaker.NvaBehaviour;
import io.arsim.engine.speaker.RouteServerBehaviour;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Small networks built directly with {@link NetworkBuilder}, and YAML snippets, for rule-level tests. */
final class Tiny {
  private Tiny() {}

  static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }

  static Ipv4Prefix px(String text) {
    return Ipv4Prefix.parse(text);
  }

  /** Adds one route-server instance that originates {@code vnetPrefixes} as Azure does: empty path, next hop itself. */
  static void routeServer(NetworkBuilder b, String name, String address, HubRoutingPreference preference,
      boolean branchToBranch, EngineSettings settings, String... vnetPrefixes) {
    b.addNode(NodeSpec.of(name, Asn.AZURE_ROUTE_SERVER, ip(address), SpeakerKind.ROUTE_SERVER,
        name.replaceAll("/IN_\\d$", ""), new RouteServerBehaviour(preference, branchToBranch, settings)));
    b.addAddress(ip(address), name);
    for (String p : vnetPrefixes) {
      b.addOriginated(name, new BgpRoute(px(p), BgpRoute.LOCAL,
          PathAttributes.builder().nextHop(ip(address)).build()));
    }
  }

  /** Adds an NVA (FRR defaults, maximum-paths 1) originating {@code networks}. */
  static void nva(NetworkBuilder b, String name, long asn, String address, String... networks) {
    b.addNode(NodeSpec.of(name, Asn.of(asn), ip(address), SpeakerKind.NVA, name, new NvaBehaviour(1))
        .withPreferredUnder(HubRoutingPreference.VpnGateway));
    b.addAddress(ip(address), name);
    for (String p : networks) {
      b.addOriginated(name, new BgpRoute(px(p), BgpRoute.LOCAL, PathAttributes.builder().nextHop(new Ipv4Address(0))
          .build()));
    }
  }

  /** A plain session in both directions. */
  static void peer(NetworkBuilder b, String x, String xAddress, String y, String yAddress) {
    peer(b, x, xAddress, y, yAddress, List.of(), List.of());
  }

  /** A session; {@code x} has the given import and export chains, {@code y} none. */
  static void peer(NetworkBuilder b, String x, String xAddress, String y, String yAddress,
      List<ConfiguredPolicy> xImport, List<ConfiguredPolicy> xExport) {
    b.addNeighbor(x, new Neighbor(y, ip(xAddress), ip(yAddress), b.asnOf(y), NeighborSettings.NONE,
        new PolicyChain(xImport), new PolicyChain(xExport)));
    b.addNeighbor(y, Neighbor.plain(x, ip(yAddress), ip(xAddress), b.asnOf(x)));
  }

  /** A test policy that rewrites the attributes of every route. */
  static ConfiguredPolicy rewrite(String name, UnaryOperator<PathAttributes.Builder> change) {
    return new ConfiguredPolicy(name, "test-" + name, (context, route) -> PolicyResult.accept(
        route.withAttributes(change.apply(route.attributes().toBuilder()).build())));
  }

  /** A test policy that prepends {@code asns} to the path (as if the route had crossed them). */
  static ConfiguredPolicy through(long... asns) {
    return rewrite("through", a -> {
      AsPath path = a.build().asPath();
      for (int i = asns.length - 1; i >= 0; i--) {
        path = path.prepend(Asn.of(asns[i]));
      }
      return a.asPath(path);
    });
  }

  /**
   * A speaker that only advertises what it originates, with its address as next hop, prepending its
   * ASN toward eBGP peers: a stand-in for gateways and on-premises routers.
   */
  static final class StaticSpeaker implements NodeBehaviour {
    @Override
    public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
      return Optional.empty();
    }

    @Override
    public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
      return FrrDecisionProcess.select(prefix, candidates, 1);
    }

    @Override
    public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
      if (!selection.primary().isLocal()) {
        return Optional.empty();
      }
      BgpRoute route = selection.primary().route();
      return Optional.of(new BgpRoute(route.prefix(), self.name(),
          route.attributes().toBuilder().nextHop(to.localAddress()).build()));
    }

    @Override
    public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
      return to.peerAsn().equals(self.asn()) ? route : route.withAttributes(route.attributes().toBuilder()
          .asPath(route.attributes().asPath().prepend(self.asn())).build());
    }
  }

  /** Reads and validates a YAML topology snippet. */
  static Topology yaml(String text) {
    return new TopologyReader().read("snippet.yaml", TopologyFormat.YAML, text).topology();
  }

  /** Binds a YAML topology snippet without validating it (for designs validation rejects, to test the engine alone). */
  static Topology yamlUnchecked(String text) {
    try {
      return TopologyJson.mapper(TopologyFormat.YAML, List.of()).readValue(text, Topology.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
