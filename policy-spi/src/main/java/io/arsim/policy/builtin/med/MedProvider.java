package io.arsim.policy.builtin.med;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code med}: sets the MULTI_EXIT_DISC (FRR route-map {@code set metric N}) or removes it, in both
 * directions. FRR compares MED only between routes from the same neighbour AS (decision step 6);
 * Azure Route Server ignores it.
 */
@API(status = INTERNAL, since = "0.1")
public final class MedProvider implements PolicyProvider<MedConfig> {

  @Override
  public String id() {
    return "med";
  }

  @Override
  public Class<MedConfig> configType() {
    return MedConfig.class;
  }

  @Override
  public RoutingPolicy create(MedConfig config) {
    @Nullable Long value = config.value();
    return (context, route) -> PolicyResult.accept(value != null
        ? route.toBuilder().med(value).build()
        : route.toBuilder().noMed().build());
  }

  @Override
  public String description() {
    return "Set the MED (0..4294967295) or remove it.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#med");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }
}
