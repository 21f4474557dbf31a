package io.arsim.engine.effective;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where an effective route comes from, named as in the Azure portal. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RouteSource {
  /** A system route Azure creates. */
  Default,
  /** Programmed by a virtual network gateway or route server (BGP). */
  VirtualNetworkGateway,
  /** A user-defined route. */
  User
}
