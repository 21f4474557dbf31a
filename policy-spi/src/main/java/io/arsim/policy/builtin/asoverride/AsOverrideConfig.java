package io.arsim.policy.builtin.asoverride;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** {@code as-override} takes no configuration: {@code config} is omitted or {@code {}}. */
@API(status = INTERNAL, since = "0.1")
public record AsOverrideConfig() {}
