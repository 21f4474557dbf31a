package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A routing-policy plugin, found through {@link java.util.ServiceLoader}: list the implementation
 * in {@code META-INF/services/io.arsim.policy.spi.PolicyProvider}. Discovery makes a provider
 * available; a topology file activates it by {@link #id()} in its {@code policies} section, with a
 * {@code config} that arsim binds to {@link #configType()} (strictly: unknown properties and wrong
 * types are errors with {@code file:line:column}).
 *
 * <p>Implementations need a public no-argument constructor, must be stateless and thread-safe, and
 * never see Guice, the engine or mutable engine state.
 *
 * @param <C> the configuration record; use an empty record when the policy takes no configuration
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PolicyProvider<C extends Record> {

  /**
   * The version of this SPI: {@value}. A provider built against it says so by overriding
   * {@link #spiVersion()} with {@code return SPI_VERSION;} (the compiler copies the constant into
   * the provider's class, so it keeps the version the plugin was compiled against).
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  String SPI_VERSION = "0.2";

  /**
   * The id a topology file names in {@code type:}: kebab-case. Bare ids ({@code as-override}) are
   * reserved for arsim's built-ins; third parties prefix a vendor name and a dot
   * ({@code acme.tag-by-site}).
   */
  String id();

  /**
   * The configuration record arsim binds the topology file's {@code config} to. Its components may
   * be {@code String}, {@code boolean}, {@code int}, {@code long}, {@code double} (or their boxed
   * types, for optional values), enums, the core values {@code Asn}, {@code Ipv4Prefix},
   * {@code Ipv4Address}, {@code Community}, {@code LargeCommunity} and {@code AsPath}, records made
   * of these, and {@code List}, {@code Set} or {@code Map} (with {@code String} keys) of them. Of
   * Jackson's annotations, {@code @JsonProperty} (a property name, {@code required = true}) and
   * {@code @JsonPropertyDescription} are supported. arsim checks the type when it loads the plugin
   * and refuses one it cannot bind, as the plugin's defect (docs/plugins.md, "Config types").
   */
  Class<C> configType();

  /**
   * Creates the policy for one configured instance. Validate here (or in the record's
   * constructor) and throw {@link IllegalArgumentException} with a message that says what is wrong
   * and what is expected; arsim reports it at the config's location in the file.
   */
  RoutingPolicy create(C config);

  /** One sentence for {@code arsim plugins} and the docs. */
  default String description() {
    return "";
  }

  /** The provider's version; by default its jar's Implementation-Version. */
  default String version() {
    String version = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }

  /** Where the provider is documented. */
  default Optional<String> documentation() {
    return Optional.empty();
  }

  /**
   * The SPI version the provider was built for, {@code major.minor}. arsim refuses a provider built
   * for another SPI (for 0.x, another minor version; from 1.0, another major version or a newer
   * minor one) with a message that says which to rebuild against. Override it with
   * {@code return SPI_VERSION;}; the default claims the running SPI's version.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default String spiVersion() {
    return SPI_VERSION;
  }

  /**
   * The directions the policy works in: a topology that puts it in a chain of another direction
   * ({@code importPolicies} for an export-only policy) is refused with {@code policy-direction}.
   * Default: both.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default Set<Direction> directions() {
    return Set.of(Direction.IMPORT, Direction.EXPORT);
  }

  /**
   * Warnings about a config that {@link #create} accepts: what probably does not do what its author
   * meant. arsim reports each at its property, as a warning; the design still runs. Default: none.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default List<ConfigWarning> warnings(C config) {
    return List.of();
  }
}
