package io.arsim.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arsim.policy.catalog.PolicyCatalog;
import java.util.Objects;

/**
 * Binds the {@link PolicyCatalog} of the providers {@link PolicyDiscovery} found, and the
 * {@link PolicyCatalog.Inventory} it is built from. Both are built (and the providers checked) the
 * first time a command asks, so a broken plugin folder fails {@code validate} with every problem
 * listed, {@code plugins} lists what loaded and what failed, and {@code --help} works regardless.
 * Commands inject {@code Provider<PolicyCatalog>} for that reason. Does no I/O: discovery ran
 * before the injector was built.
 */
final class PolicyProvidersModule extends AbstractModule {
  private final PolicyDiscovery.Result discovered;

  PolicyProvidersModule(PolicyDiscovery.Result discovered) {
    this.discovered = Objects.requireNonNull(discovered, "discovered");
  }

  /** What loaded and what failed, for {@code arsim plugins}; asks every plugin for its metadata once. */
  @Provides
  @Singleton
  PolicyCatalog.Inventory inventory() {
    return PolicyCatalog.inventory(discovered.providers(), discovered.problems(), discovered.preferences());
  }

  @Provides
  @Singleton
  PolicyCatalog policyCatalog(PolicyCatalog.Inventory inventory) {
    return PolicyCatalog.of(inventory);
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
