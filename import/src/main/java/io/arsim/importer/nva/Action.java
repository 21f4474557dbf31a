package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a list or route-map entry does with what it matches. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Action {
  PERMIT,
  DENY
}
