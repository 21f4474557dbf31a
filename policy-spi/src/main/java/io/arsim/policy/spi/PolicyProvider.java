package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
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
   * The id a topology file names in {@code type:}: kebab-case. Bare ids ({@code as-override}) are
   * reserved for arsim's built-ins; third parties prefix a vendor name and a dot
   * ({@code acme.tag-by-site}).
   */
  String id();

  /** The configuration record Jackson binds the topology file's {@code config} to. */
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
}
