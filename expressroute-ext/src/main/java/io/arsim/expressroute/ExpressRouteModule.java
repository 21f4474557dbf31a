package io.arsim.expressroute;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.inject.AbstractModule;
import org.apiguardian.api.API;

/**
 * ExpressRoute's Guice bindings, installed by the cli's injector next to the engine's module. It
 * will add the ExpressRoute extension (gateway, circuit, on-premises and VPN node kinds, their
 * speakers and sessions, gateway-limit lint rules) to the engine's extension multibindings; it
 * never overrides an engine or core binding. It binds nothing yet.
 *
 * <p>It does no I/O and has no configuration branches. It holds no state, so all instances are
 * equal and Guice installs it only once however often it is installed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpressRouteModule extends AbstractModule {

  @Override
  protected void configure() {
    // Nothing bound yet: the ExpressRoute extension arrives with the engine's extension SPI.
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
