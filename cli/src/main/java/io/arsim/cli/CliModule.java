package io.arsim.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.policy.catalog.PolicyCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Wiring of the CLI: the topology reader knows every extension kind that the installed modules
 * contribute through the {@code Set<ExtensionKind<?>>} multibinding.
 */
final class CliModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), new com.google.inject.TypeLiteral<ExtensionKind<?>>() {});
    Multibinder.newSetBinder(binder(), EngineExtension.class);
  }

  @Provides
  @Singleton
  List<ExtensionKind<?>> extensionKinds(Set<ExtensionKind<?>> kinds) {
    return kinds.stream().sorted(Comparator.comparing(ExtensionKind::kind)).toList();
  }

  @Provides
  @Singleton
  List<EngineExtension> engineExtensions(Set<EngineExtension> extensions) {
    return extensions.stream().sorted(Comparator.comparing(EngineExtension::name)).toList();
  }

  @Provides
  @Singleton
  PolicyInstantiator policyInstantiator(jakarta.inject.Provider<PolicyCatalog> catalog) {
    return loaded -> catalog.get().instantiate(loaded);
  }

  @Provides
  @Singleton
  TopologyReader topologyReader(List<ExtensionKind<?>> kinds) {
    return new TopologyReader(kinds);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CliModule;
  }

  @Override
  public int hashCode() {
    return CliModule.class.hashCode();
  }
}
