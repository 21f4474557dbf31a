package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.cli.compare.Difference.Kind;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Compares arsim's rows with a deployment's, table by table: rows are matched by table and prefix,
 * then by key (an effective route's source, a BGP path's next hop) where a prefix has several; when
 * one row of a prefix is left on each side they are the same route with a different key. A
 * predicted row with no match is {@link Kind#MISSING}, an observed one {@link Kind#EXTRA}, a value
 * shown on both sides that differs {@link Kind#DIFFERENT} — unless the difference depends on what
 * the design does not state, {@link Kind#DEPENDS_ON}:
 *
 * <ul>
 *   <li>which of the paths tied on arrival order is best ({@code status}; docs/engine.md, Arrival order);
 *   <li>an address Microsoft assigns in GatewaySubnet when the design gives none (next hops, instance
 *       addresses; docs/expressroute.md, Addresses).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Comparison {
  /** The note of a best path that depends on arrival order. */
  public static final String ARRIVAL_ORDER = "which of the tied paths is best depends on the order they arrived in,"
      + " which the design does not state (docs/engine.md, Arrival order); pin it with the NVA's arrivalOrder";
  /** The note of an address Microsoft assigns. */
  public static final String ASSIGNED_ADDRESS = "Microsoft assigns GatewaySubnet addresses in deployment order, which"
      + " the design does not state (docs/expressroute.md, Addresses); give the gateway's bgpPeeringAddresses or the"
      + " circuit's mseeAddresses";

  private static final Set<String> ADDRESS_FIELDS = Set.of("nextHop", "nextHops", "localAddress", "sourcePeer");

  private final Predicate<String> assignedByMicrosoft;

  /**
   * A comparison.
   *
   * @param assignedByMicrosoft whether an address is one Microsoft assigns and the design leaves to its
   *     default (an address of a GatewaySubnet whose gateway or circuit links have no stated addresses)
   */
  public Comparison(Predicate<String> assignedByMicrosoft) {
    this.assignedByMicrosoft = Objects.requireNonNull(assignedByMicrosoft, "assignedByMicrosoft");
  }

  /**
   * The result of comparing one table's (or one file's) rows.
   *
   * @param differences every difference, in table, prefix and key order
   * @param matching how many predicted rows the deployment shows exactly
   * @param predicted how many rows arsim predicts
   * @param observed how many rows the deployment shows
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Result(List<Difference> differences, int matching, int predicted, int observed) {
    public Result {
      differences = List.copyOf(differences);
    }
  }

  /** Compares {@code predicted} with {@code observed}. */
  public Result compare(List<CompareRow> predicted, List<CompareRow> observed) {
    Map<String, Map<Ipv4Prefix, List<CompareRow>>> mine = group(predicted);
    Map<String, Map<Ipv4Prefix, List<CompareRow>>> theirs = group(observed);
    List<String> tables = new ArrayList<>(mine.keySet());
    theirs.keySet().stream().filter(t -> !mine.containsKey(t)).forEach(tables::add);
    List<Difference> out = new ArrayList<>();
    int matching = 0;
    for (String table : tables) {
      Map<Ipv4Prefix, List<CompareRow>> a = mine.getOrDefault(table, Map.of());
      Map<Ipv4Prefix, List<CompareRow>> b = theirs.getOrDefault(table, Map.of());
      TreeSet<Ipv4Prefix> prefixes = new TreeSet<>(a.keySet());
      prefixes.addAll(b.keySet());
      for (Ipv4Prefix prefix : prefixes) {
        matching += prefix(a.getOrDefault(prefix, List.of()), b.getOrDefault(prefix, List.of()), out);
      }
    }
    return new Result(out, matching, predicted.size(), observed.size());
  }

  /** Compares the rows of one prefix; returns how many match exactly. */
  private int prefix(List<CompareRow> mine, List<CompareRow> theirs, List<Difference> out) {
    List<CompareRow> left = new ArrayList<>(mine);
    List<CompareRow> right = new ArrayList<>(theirs);
    List<CompareRow[]> pairs = new ArrayList<>();
    for (CompareRow p : mine) {
      CompareRow o = right.stream().filter(r -> r.key().equals(p.key())).findFirst().orElse(null);
      if (o != null) {
        right.remove(o);
        left.remove(p);
        pairs.add(new CompareRow[] {p, o});
      }
    }
    // One row left on each side is the same route with another key; several, when every key left is an
    // address Microsoft assigns (the links of a circuit at other addresses), pair in key order.
    boolean assignedKeys = Stream.concat(left.stream(), right.stream())
        .allMatch(r -> !r.key().isEmpty() && assignedByMicrosoft.test(r.key()));
    if (left.size() == right.size() && (left.size() == 1 || assignedKeys)) {
      left.sort(Comparison::byKey);
      right.sort(Comparison::byKey);
      while (!left.isEmpty()) {
        pairs.add(new CompareRow[] {left.remove(0), right.remove(0)});
      }
    }
    pairs.sort((x, y) -> keyOrder(x[0].key(), y[0].key()));
    int matching = 0;
    List<Difference> found = new ArrayList<>();
    for (CompareRow[] pair : pairs) {
      int before = found.size();
      values(pair[0], pair[1], found);
      matching += found.size() == before ? 1 : 0;
    }
    for (CompareRow p : left) {
      found.add(new Difference(Kind.MISSING, p.where(), p.at(), p.prefix(), p.key(), "", p.summary(), "", ""));
    }
    for (CompareRow o : right) {
      found.add(new Difference(Kind.EXTRA, o.where(), o.at(), o.prefix(), o.key(), "", "", o.summary(), ""));
    }
    found.sort((x, y) -> keyOrder(x.key(), y.key()));
    out.addAll(found);
    return matching;
  }

  private void values(CompareRow p, CompareRow o, List<Difference> out) {
    for (Map.Entry<String, String> field : p.values().entrySet()) {
      String mine = field.getValue();
      String theirs = o.value(field.getKey());
      if (mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs)) {
        continue;
      }
      String note = "";
      if (field.getKey().equals("status") && p.tiedOnArrival() && (mine.equals("best") || theirs.equals("best"))
          && !theirs.equals("not valid")) {
        note = ARRIVAL_ORDER;
      } else if (ADDRESS_FIELDS.contains(field.getKey()) && assigned(mine, theirs)) {
        note = ASSIGNED_ADDRESS;
      }
      out.add(new Difference(note.isEmpty() ? Kind.DIFFERENT : Kind.DEPENDS_ON, p.where(), p.at(), p.prefix(),
          p.key(), field.getKey(), mine, theirs, note));
    }
  }

  /** Whether every address in one value and not the other is one Microsoft assigns. */
  private boolean assigned(String mine, String theirs) {
    Set<String> a = new TreeSet<>(Arrays.asList(mine.split(", ")));
    Set<String> b = new TreeSet<>(Arrays.asList(theirs.split(", ")));
    Set<String> differing = new TreeSet<>(a);
    differing.addAll(b);
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    differing.removeAll(both);
    return !differing.isEmpty() && differing.stream().allMatch(assignedByMicrosoft);
  }

  private static int byKey(CompareRow x, CompareRow y) {
    return keyOrder(x.key(), y.key());
  }

  /** Key order: addresses in address order (10.1.254.6 before 10.1.254.12), other keys as text. */
  private static int keyOrder(String x, String y) {
    try {
      return io.arsim.core.net.Ipv4Address.parse(x).compareTo(io.arsim.core.net.Ipv4Address.parse(y));
    } catch (IllegalArgumentException e) {
      return x.compareTo(y);
    }
  }

  private static Map<String, Map<Ipv4Prefix, List<CompareRow>>> group(List<CompareRow> rows) {
    Map<String, Map<Ipv4Prefix, List<CompareRow>>> out = new LinkedHashMap<>();
    for (CompareRow r : rows) {
      out.computeIfAbsent(r.where(), w -> new java.util.TreeMap<>()).computeIfAbsent(r.prefix(), p -> new ArrayList<>())
          .add(r);
    }
    return out;
  }
}
