package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A named prefix list; its entries in sequence order. The first matching entry decides; a defined
 * list that matches nothing denies (FRR filter.rst, Cisco IOS-XE).
 *
 * @param name the list's name
 * @param description {@code ip prefix-list NAME description ...}
 * @param entries the entries, sorted by sequence number
 * @param location the first line that defines the list
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PrefixList(
    String name, @Nullable String description, List<PrefixListEntry> entries, SourceLocation location) {

  public PrefixList {
    Objects.requireNonNull(name, "name");
    entries = entries.stream().sorted(Comparator.comparingLong(PrefixListEntry::sequence)).toList();
    Objects.requireNonNull(location, "location");
  }

  /** The action of the first entry that matches {@code route}, or empty when none does (deny). */
  public Optional<Action> evaluate(Ipv4Prefix route) {
    return entries.stream().filter(e -> e.matches(route)).map(PrefixListEntry::action).findFirst();
  }
}
