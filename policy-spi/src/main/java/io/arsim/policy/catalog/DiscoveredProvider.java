package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.policy.spi.PolicyProvider;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A provider and where it was found.
 *
 * @param provider the provider
 * @param origin the jar or class folder it was loaded from, as a path; "class path" when unknown
 * @param builtIn whether it ships with arsim (in the same jar or folder as the SPI), which lets it
 *     use a bare id such as {@code as-override}
 */
@API(status = INTERNAL, since = "0.1")
public record DiscoveredProvider(PolicyProvider<?> provider, String origin, boolean builtIn) {

  public DiscoveredProvider {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * The provider with its origin taken from its class's code source; built-in when that is the
   * code source of the SPI itself (arsim's own jar, or policy-spi's classes in a build).
   */
  public static DiscoveredProvider locate(PolicyProvider<?> provider) {
    Optional<Path> where = location(provider.getClass());
    boolean builtIn = where.isPresent() && where.equals(location(PolicyProvider.class));
    return new DiscoveredProvider(provider, where.map(Path::toString).orElse("class path"), builtIn);
  }

  /** The jar or class folder {@code type} was loaded from. */
  public static Optional<Path> location(Class<?> type) {
    CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  /** "built-in" for arsim's own providers, otherwise the jar. */
  public String displayOrigin() {
    return builtIn ? "built-in" : origin;
  }
}
