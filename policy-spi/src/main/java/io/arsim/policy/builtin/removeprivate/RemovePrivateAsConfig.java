package io.arsim.policy.builtin.removeprivate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** {@code remove-private-as} takes no configuration. */
@API(status = INTERNAL, since = "0.1")
public record RemovePrivateAsConfig() {}
