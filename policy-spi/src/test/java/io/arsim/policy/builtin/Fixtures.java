package io.arsim.policy.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.catalog.PolicyCatalog;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.RoutingPolicy;
import io.arsim.policy.spi.Speaker;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;

/** Routes, sessions and YAML-bound policies for the built-in plugin tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final Speaker NVA1 = new Speaker("nva1", Asn.of(65001), Ipv4Address.parse("10.1.1.4"), SpeakerKind.NVA);
  public static final Speaker NVA1_PEER_SAME_AS =
      new Speaker("nva1b", Asn.of(65001), Ipv4Address.parse("10.1.1.5"), SpeakerKind.NVA);
  public static final Speaker RS = new Speaker("rs/IN_0", Asn.AZURE_ROUTE_SERVER,
      Ipv4Address.parse("10.0.255.4"), SpeakerKind.ROUTE_SERVER);

  public static BgpRoute route(String prefix, String asPath) {
    return BgpRoute.builder().prefix(Ipv4Prefix.parse(prefix)).nextHop(Ipv4Address.parse("192.0.2.1"))
        .receivedFrom("peer").asPath(AsPath.parse(asPath)).build();
  }

  public static BgpRoute route(String prefix, String asPath, String communities) {
    return route(prefix, asPath).toBuilder().communities(Communities.parse(communities)).build();
  }

  public static PolicyContext exportTo(Speaker local, Speaker peer) {
    return new PolicyContext(Direction.EXPORT, local, peer);
  }

  public static PolicyContext importFrom(Speaker peer, Speaker local) {
    return new PolicyContext(Direction.IMPORT, local, peer);
  }

  /** The policy {@code provider} creates from {@code yaml}, bound as a topology file's config is. */
  public static RoutingPolicy policy(PolicyProvider<?> provider, String yaml) {
    return catalog(provider).create("p", provider.id(), tree(yaml));
  }

  /** The message arsim gives for a bad {@code yaml} config. */
  public static String configError(PolicyProvider<?> provider, String yaml) {
    try {
      policy(provider, yaml);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("config accepted: " + yaml);
  }

  private static PolicyCatalog catalog(PolicyProvider<?> provider) {
    return PolicyCatalog.of(List.of(DiscoveredProvider.locate(provider)));
  }

  private static JsonNode tree(String yaml) {
    try {
      JsonNode node = new YAMLMapper().readTree(yaml.isBlank() ? "{}" : yaml);
      return node == null ? new YAMLMapper().createObjectNode() : node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static BgpRoute accepted(io.arsim.policy.spi.PolicyResult result) {
    if (!(result instanceof io.arsim.policy.spi.PolicyResult.Accept accept)) {
      throw new AssertionError("expected accept, got " + result);
    }
    return accept.route();
  }

  public static io.arsim.policy.spi.PolicyResult.Reject rejected(io.arsim.policy.spi.PolicyResult result) {
    if (!(result instanceof io.arsim.policy.spi.PolicyResult.Reject reject)) {
      throw new AssertionError("expected reject, got " + result);
    }
    return reject;
  }
}
