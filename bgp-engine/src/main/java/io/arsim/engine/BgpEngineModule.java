package io.arsim.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.inject.AbstractModule;
import org.apiguardian.api.API;

/**
 * The engine's Guice bindings, installed by the cli's injector. It will bind the network builder,
 * the simulation and its queries (learned / advertised / effective routes, trace, explain, lint,
 * diff), and open the multibindings through which extensions such as ExpressRoute contribute node
 * kinds, speakers, lint rules and renderer hints, and through which discovered policy providers
 * arrive. It binds nothing yet.
 *
 * <p>Like every arsim module it does no I/O and has no configuration branches. It holds no state,
 * so all instances are equal and Guice installs it only once however often it is installed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BgpEngineModule extends AbstractModule {

  @Override
  protected void configure() {
    // Nothing bound yet: the engine's bindings arrive with the engine.
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BgpEngineModule;
  }

  @Override
  public int hashCode() {
    return BgpEngineModule.class.hashCode();
  }
}
