package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One thing that must hold between two endpoints.
 *
 * @param name the intent's name, unique in the file
 * @param description free text
 * @param from where the traffic starts: a VM or NVA, a NIC, a subnet ({@code vnet/subnet}), a VNet,
 *     an on-premises site or branch, a gateway or gateway instance, an address or a prefix
 * @param to where it goes: as {@code from}, or {@code internet}; not a gateway
 * @param expect reachable (the default) or isolated
 * @param through waypoints: every path that gets there crosses at least one of these NVAs, VMs or
 *     load balancers (a firewall pair: either)
 * @param notThrough no path crosses any of these
 * @param symmetric the return path crosses the same stateful NVAs as the way there (facts 6)
 * @param under the failures it must hold under as well; null: the file's default
 * @param failed elements failed together, the only design the intent is checked in (instead of
 *     the design with nothing failed and {@code under}): "with nva1 failed, traffic goes through
 *     nva2"; empty: none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Intent(
    @JsonProperty(required = true) @JsonPropertyDescription("The intent's name, unique in the file.") String name,
    @JsonPropertyDescription("Free text.") @Nullable String description,
    @JsonProperty(required = true) @JsonPropertyDescription("Where the traffic starts: a VM, NVA, NIC, subnet"
        + " (vnet/subnet), VNet, on-premises site, branch, gateway (or instance), address or prefix.") String from,
    @JsonProperty(required = true) @JsonPropertyDescription("Where it goes: a VM, NVA, NIC, subnet, VNet, on-premises"
        + " site, branch, address, prefix, or internet.") String to,
    @JsonPropertyDescription("reachable (default): every path gets there; isolated: none does.") Expectation expect,
    @JsonPropertyDescription("Every path that gets there crosses at least one of these NVAs, VMs or load"
        + " balancers.")
        List<String> through,
    @JsonPropertyDescription("No path crosses any of these NVAs, VMs or load balancers.") List<String> notThrough,
    @JsonPropertyDescription("The return path crosses the same stateful NVAs as the way there. Default false.")
        boolean symmetric,
    @JsonPropertyDescription("Failures it must hold under too: none, any-single-failure, any-two-failures, or a list"
        + " of failures (each a name as whatif --fail takes it, or a list of names that fail together). Default: the"
        + " file's under.") @Nullable FailureScope under,
    @JsonPropertyDescription("Check the intent only with these elements failed together (names as whatif --fail"
        + " takes them), instead of with nothing failed and under its failures.") List<String> failed) {

  public Intent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(expect, "expect");
    through = List.copyOf(through);
    notThrough = List.copyOf(notThrough);
    failed = List.copyOf(failed);
    if (!failed.isEmpty() && under != null) {
      throw new IllegalArgumentException("an intent checked with elements failed has no failure scope of its own");
    }
    if (expect == Expectation.ISOLATED && (!through.isEmpty() || !notThrough.isEmpty() || symmetric)) {
      throw new IllegalArgumentException("an isolated intent has no waypoints and no symmetry");
    }
  }

  /** A reachability intent with nothing else. */
  public static Intent reachable(String name, String from, String to) {
    return new Intent(name, null, from, to, Expectation.REACHABLE, List.of(), List.of(), false, null, List.of());
  }

  /** The failures it must hold under, given the file's default (none for an intent checked with {@link #failed}). */
  public FailureScope under(FailureScope fileDefault) {
    return !failed.isEmpty() ? FailureScope.NONE : under == null ? fileDefault : under;
  }
}
