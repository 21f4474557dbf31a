package io.arsim.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.policy.catalog.PolicyCatalog;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The engine's Guice bindings, installed by the cli's injector: the engine extensions found on the
 * class path (discovered before the injector is built, so the module does no I/O), the topology
 * reader that knows their resource kinds, and the {@link DesignRun} every command converges with.
 * The run takes the policy catalog lazily, so a broken plugin folder fails the commands that read a
 * design, not {@code --help}.
 */
@API(status = INTERNAL, since = "0.2")
public final class BgpEngineModule extends AbstractModule {
  private final List<EngineExtension> extensions;
  private final ReadLimits limits;

  /** @param extensions the engine extensions discovered ({@link DesignRun#discoverExtensions}) */
  public BgpEngineModule(List<EngineExtension> extensions) {
    this(extensions, ReadLimits.defaults());
  }

  /**
   * @param extensions the engine extensions discovered ({@link DesignRun#discoverExtensions})
   * @param limits what the topology reader accepts (file size, nesting, value length, aliases)
   */
  public BgpEngineModule(List<EngineExtension> extensions, ReadLimits limits) {
    this.extensions = List.copyOf(extensions);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Provides
  @Singleton
  List<EngineExtension> extensions() {
    return extensions;
  }

  @Provides
  @Singleton
  TopologyReader topologyReader() {
    return new TopologyReader(DesignRun.kindsOf(extensions), limits);
  }

  @Provides
  DesignRun designRun(Provider<PolicyCatalog> catalog) {
    return DesignRun.of(catalog.get(), extensions, EngineSettings.defaults()).withReadLimits(limits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BgpEngineModule m && m.extensions.equals(extensions) && m.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(BgpEngineModule.class, extensions, limits);
  }
}
