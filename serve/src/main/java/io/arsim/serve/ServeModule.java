package io.arsim.serve;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.inject.AbstractModule;
import org.apiguardian.api.API;

/**
 * The Guice bindings of the {@code serve} module, installed by the cli's injector. Holds no state,
 * so all instances are equal.
 */
@API(status = INTERNAL, since = "0.2")
public final class ServeModule extends AbstractModule {

  @Override
  public boolean equals(Object other) {
    return other instanceof ServeModule;
  }

  @Override
  public int hashCode() {
    return ServeModule.class.hashCode();
  }
}
