package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One segment of an AS path: an {@link AsPathSegmentType#AS_SEQUENCE} or an
 * {@link AsPathSegmentType#AS_SET}.
 *
 * <p>A segment is never empty. A set is stored sorted and without duplicates, since its order
 * carries no meaning; so {@code {64513 64512}} equals {@code {64512 64513}}. A sequence keeps its
 * order and repeats (prepending repeats an ASN).
 *
 * @param type sequence or set
 * @param asns the ASNs, never empty
 */
@API(status = MAINTAINED, since = "0.1")
public record AsPathSegment(AsPathSegmentType type, List<Asn> asns) {

  public AsPathSegment {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(asns, "asns");
    if (asns.isEmpty()) {
      throw new IllegalArgumentException("an AS path " + (type == AsPathSegmentType.AS_SET ? "set" : "sequence")
          + " segment must hold at least one ASN");
    }
    asns = type == AsPathSegmentType.AS_SET ? List.copyOf(new TreeSet<>(asns)) : List.copyOf(asns);
  }

  /** An AS_SEQUENCE of the given ASNs, in order. */
  public static AsPathSegment sequence(List<Asn> asns) {
    return new AsPathSegment(AsPathSegmentType.AS_SEQUENCE, asns);
  }

  /** An AS_SET of the given ASNs (sorted, duplicates dropped). */
  public static AsPathSegment set(List<Asn> asns) {
    return new AsPathSegment(AsPathSegmentType.AS_SET, asns);
  }

  /** Whether this is an AS_SET. */
  public boolean isSet() {
    return type == AsPathSegmentType.AS_SET;
  }

  /** Path length contribution per RFC 4271 9.1.2.2: a set counts 1, a sequence its number of ASNs. */
  public int length() {
    return isSet() ? 1 : asns.size();
  }

  /** How many times {@code asn} occurs in this segment (at most once in a set). */
  public int count(Asn asn) {
    int n = 0;
    for (int i = 0; i < asns.size(); i++) {
      if (asns.get(i).value() == asn.value()) {
        n++;
      }
    }
    return n;
  }

  /** The ASNs separated by spaces; a set is wrapped in braces: {@code {64512 64513}}. */
  @Override
  public String toString() {
    String joined = asns.stream().map(Asn::toString).collect(Collectors.joining(" "));
    return isSet() ? "{" + joined + "}" : joined;
  }
}
