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
    return loaded -> {
      java.util.Map<String, io.arsim.policy.spi.RoutingPolicy> policies = new java.util.TreeMap<>();
      catalog.get().instantiate(loaded).forEach((name, policy) -> policies.put(name,
          policy.loopCheckRelaxation().<io.arsim.policy.spi.RoutingPolicy>map(r -> new RelaxingPolicy(policy, r))
              .orElse(policy)));
      return policies;
    };
  }

  /** A configured policy that also relaxes the loop check, as the engine asks for it. */
  private record RelaxingPolicy(io.arsim.policy.spi.RoutingPolicy policy,
      io.arsim.policy.spi.LoopCheckRelaxation relaxation)
      implements io.arsim.policy.spi.RoutingPolicy, io.arsim.policy.spi.LoopCheckRelaxation {

    @Override
    public io.arsim.policy.spi.PolicyResult apply(io.arsim.policy.spi.PolicyContext context,
        io.arsim.core.bgp.BgpRoute route) {
      return policy.apply(context, route);
    }

    @Override
    public boolean permitsOwnAsn(io.arsim.policy.spi.PolicyContext context, io.arsim.core.bgp.BgpRoute route) {
      return relaxation.permitsOwnAsn(context, route);
    }
  }

  @Provides
  @Singleton
  TopologyReader topologyReader(List<ExtensionKind<?>> kinds, io.arsim.core.topology.file.ReadLimits limits) {
    return new TopologyReader(kinds, limits);
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
