package io.arsim.policy.builtin.community;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code community}: adds, removes or replaces standard communities, in both directions, like FRR's
 * route-map {@code set community} ({@code additive} for add, {@code set comm-list X delete} for
 * remove, plain {@code set community} for set). Large communities are kept as they are. Removing
 * runs before adding, so a community in both lists ends up present. {@code no-advertise} and
 * {@code no-export} are ordinary values here; the engine honours them when it advertises.
 */
@API(status = INTERNAL, since = "0.1")
public final class CommunityProvider implements PolicyProvider<CommunityConfig> {

  @Override
  public String id() {
    return "community";
  }

  @Override
  public Class<CommunityConfig> configType() {
    return CommunityConfig.class;
  }

  @Override
  public RoutingPolicy create(CommunityConfig config) {
    List<Community> add = Objects.requireNonNullElse(config.add(), List.of());
    List<Community> remove = Objects.requireNonNullElse(config.remove(), List.of());
    List<Community> set = config.set();
    return (context, route) -> {
      Communities current = route.attributes().communities();
      Communities updated;
      if (set != null) {
        updated = new Communities(set, current.large());
      } else {
        updated = current;
        for (Community c : remove) {
          updated = updated.remove(c);
        }
        for (Community c : add) {
          updated = updated.add(c);
        }
      }
      return PolicyResult.accept(updated.equals(current) ? route : route.toBuilder().communities(updated).build());
    };
  }

  @Override
  public String description() {
    return "Add, remove or set standard communities (a:b or no-export, no-advertise, ...).";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#community");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }
}
