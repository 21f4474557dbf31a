package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A resource of a kind contributed by an extension (an ExpressRoute gateway, an on-premises site).
 * Implementations are records bound by Jackson from the topology file's {@code extensions} section.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExtensionResource {

  /** The resource's name, unique within its kind. */
  String name();
}
