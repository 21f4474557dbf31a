package io.arsim.expressroute;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.engine.spi.EngineExtension;
import org.apiguardian.api.API;

/**
 * ExpressRoute's Guice bindings, installed by the cli's injector next to the engine's module. It
 * adds the ExpressRoute extension (gateway, circuit, on-premises and VPN kinds, their speakers and
 * sessions, its lint rules) to {@code Multibinder<EngineExtension>} and its resource kinds to
 * {@code Multibinder<ExtensionKind<?>>}; it never overrides an engine or core binding.
 *
 * <p>It does no I/O and has no configuration branches. It holds no state, so all instances are
 * equal and Guice installs it only once however often it is installed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpressRouteModule extends AbstractModule {

  @Override
  protected void configure() {
    ExpressRouteExtension extension = new ExpressRouteExtension();
    Multibinder.newSetBinder(binder(), EngineExtension.class).addBinding().toInstance(extension);
    Multibinder<ExtensionKind<?>> kinds = Multibinder.newSetBinder(binder(), new TypeLiteral<ExtensionKind<?>>() {});
    for (ExtensionKind<?> kind : extension.kinds()) {
      kinds.addBinding().toInstance(kind);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpressRouteModule;
  }

  @Override
  public int hashCode() {
    return ExpressRouteModule.class.hashCode();
  }
}
