package io.arsim.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arsim.policy.catalog.PolicyCatalog;
import java.util.Objects;

/**
 * Binds the {@link PolicyCatalog} of the providers {@link PolicyDiscovery} found. The catalog is
 * built (and its id checks run) the first time a command asks for it, so a broken plugin folder
 * fails {@code validate} and {@code plugins} with every problem listed, but not {@code --help}.
 * Commands inject {@code Provider<PolicyCatalog>} for that reason. Does no I/O: discovery ran
 * before the injector was built.
 */
final class PolicyProvidersModule extends AbstractModule {
  private final PolicyDiscovery.Result discovered;

  PolicyProvidersModule(PolicyDiscovery.Result discovered) {
    this.discovered = Objects.requireNonNull(discovered, "discovered");
  }

  @Provides
  @Singleton
  PolicyCatalog policyCatalog() {
    return PolicyCatalog.of(discovered.providers(), discovered.problems());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyProvidersModule m && m.discovered.equals(discovered);
  }

  @Override
  public int hashCode() {
    return discovered.hashCode();
  }
}
