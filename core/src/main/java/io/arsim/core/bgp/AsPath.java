package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A BGP AS_PATH: a list of {@link AsPathSegment}s, the neighbour AS first and the origin AS last.
 *
 * <p>Normal form, applied by the constructor: segments are never empty (the segment constructor
 * enforces this), and adjacent AS_SEQUENCE segments are merged into one. RFC 4271 gives two
 * adjacent sequences the same meaning as one (they exist on the wire only because a segment holds
 * at most 255 ASNs), so merging makes equality agree with meaning and with {@link #toString()}:
 * {@code parse(p.toString()).equals(p)} for every path. Adjacent AS_SETs are kept apart, since each
 * counts one hop.
 *
 * <p>Text form, as {@code show bgp} prints it: ASNs separated by spaces, sets in braces, the empty
 * path as the empty string, for example {@code 65001 65515 {64512 64513} 12076}.
 *
 * @param segments the segments in order, neighbour first
 */
@API(status = MAINTAINED, since = "0.1")
public record AsPath(List<AsPathSegment> segments) {

  /** The empty AS path of a locally originated route. */
  public static final AsPath EMPTY = new AsPath(List.of());

  public AsPath {
    Objects.requireNonNull(segments, "segments");
    if (!mergeable(segments)) {
      segments = List.copyOf(segments); // no copy when it is already an unmodifiable list
    } else {
      segments = merged(segments);
    }
  }

  /** Whether {@code segments} holds a null or two sequences in a row (which a path merges). */
  private static boolean mergeable(List<AsPathSegment> segments) {
    boolean previousSequence = false;
    for (AsPathSegment segment : segments) {
      Objects.requireNonNull(segment, "an AS path segment is null");
      if (!segment.isSet() && previousSequence) {
        return true;
      }
      previousSequence = !segment.isSet();
    }
    return false;
  }

  private static List<AsPathSegment> merged(List<AsPathSegment> segments) {
    List<AsPathSegment> merged = new ArrayList<>(segments.size());
    for (AsPathSegment segment : segments) {
      Objects.requireNonNull(segment, "an AS path segment is null");
      int last = merged.size() - 1;
      if (last >= 0 && !segment.isSet() && !merged.get(last).isSet()) {
        List<Asn> joined = new ArrayList<>(merged.get(last).asns());
        joined.addAll(segment.asns());
        merged.set(last, AsPathSegment.sequence(joined));
      } else {
        merged.add(segment);
      }
    }
    return List.copyOf(merged);
  }

  /** A path holding one AS_SEQUENCE of {@code asns}, or {@link #EMPTY} when there are none. */
  public static AsPath of(long... asns) {
    List<Asn> list = new ArrayList<>(asns.length);
    for (long asn : asns) {
      list.add(Asn.of(asn));
    }
    return ofSequence(list);
  }

  /** A path holding one AS_SEQUENCE of {@code asns}, or {@link #EMPTY} when the list is empty. */
  public static AsPath ofSequence(List<Asn> asns) {
    return asns.isEmpty() ? EMPTY : new AsPath(List.of(AsPathSegment.sequence(asns)));
  }

  /**
   * Parses the text form: ASNs separated by whitespace, AS_SETs in braces with members separated by
   * whitespace or commas ({@code {64512,64513}} as FRR prints them). Blank text is the empty path.
   * Each ASN is read by {@link Asn#parse(String)}.
   *
   * @throws IllegalArgumentException naming the text and what is wrong: an unbalanced or nested
   *     brace, an empty set, or a token that is not an ASN
   */
  public static AsPath parse(String text) {
    Objects.requireNonNull(text, "text");
    List<AsPathSegment> segments = new ArrayList<>();
    List<Asn> sequence = new ArrayList<>();
    List<Asn> set = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || (c == ',' && set != null)) {
        i++;
      } else if (c == '{') {
        if (set != null) {
          throw parseError(text, "a set opened at position " + i + " is inside another set");
        }
        if (!sequence.isEmpty()) {
          segments.add(AsPathSegment.sequence(sequence));
          sequence = new ArrayList<>();
        }
        set = new ArrayList<>();
        i++;
      } else if (c == '}') {
        if (set == null) {
          throw parseError(text, "\"}\" at position " + i + " closes no set");
        }
        if (set.isEmpty()) {
          throw parseError(text, "the set closed at position " + i + " is empty");
        }
        segments.add(AsPathSegment.set(set));
        set = null;
        i++;
      } else if (c == ',') {
        throw parseError(text, "the comma at position " + i + " is outside a set");
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && "{},".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        String token = text.substring(start, i);
        Asn asn;
        try {
          asn = Asn.parse(token);
        } catch (IllegalArgumentException e) {
          throw parseError(text, "\"" + token + "\" is not an ASN");
        }
        (set != null ? set : sequence).add(asn);
      }
    }
    if (set != null) {
      throw parseError(text, "a set is not closed; expected \"}\"");
    }
    if (!sequence.isEmpty()) {
      segments.add(AsPathSegment.sequence(sequence));
    }
    return segments.isEmpty() ? EMPTY : new AsPath(segments);
  }

  private static IllegalArgumentException parseError(String text, String problem) {
    return new IllegalArgumentException("\"" + text + "\" is not a valid AS path: " + problem
        + "; expected ASNs separated by spaces with sets in braces, like 65001 {64512 64513} 12076");
  }

  /** Whether the path has no ASNs (a locally originated route). */
  public boolean isEmpty() {
    return segments.isEmpty();
  }

  /**
   * The path length used by best-path selection (RFC 4271 9.1.2.2 step a): each AS_SEQUENCE counts
   * its number of ASNs and each AS_SET counts 1.
   */
  public int length() {
    // Indexed loops here and below: these run for every route the engine handles, and an
    // iterator per call is measurable garbage.
    int length = 0;
    for (int i = 0; i < segments.size(); i++) {
      length += segments.get(i).length();
    }
    return length;
  }

  /** Every ASN in order, segments flattened (set members in ascending order). */
  public List<Asn> asns() {
    List<Asn> all = new ArrayList<>();
    for (AsPathSegment segment : segments) {
      all.addAll(segment.asns());
    }
    return Collections.unmodifiableList(all);
  }

  /** Whether {@code asn} occurs anywhere in the path (the AS loop check). */
  public boolean contains(Asn asn) {
    Objects.requireNonNull(asn, "asn");
    for (int i = 0; i < segments.size(); i++) {
      List<Asn> asns = segments.get(i).asns();
      for (int j = 0; j < asns.size(); j++) {
        if (asns.get(j).value() == asn.value()) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many times {@code asn} occurs in the path, in every segment (the allowas-in count). */
  public int count(Asn asn) {
    Objects.requireNonNull(asn, "asn");
    int count = 0;
    for (int i = 0; i < segments.size(); i++) {
      count += segments.get(i).count(asn);
    }
    return count;
  }

  /**
   * The neighbour AS: the first ASN of a leading AS_SEQUENCE. Empty for the empty path and for a
   * path that starts with an AS_SET (RFC 4271 9.1.2.2 uses this AS to decide when MEDs compare).
   */
  public Optional<Asn> first() {
    if (segments.isEmpty() || segments.get(0).isSet()) {
      return Optional.empty();
    }
    return Optional.of(segments.get(0).asns().get(0));
  }

  /**
   * The origin AS: the last ASN of a trailing AS_SEQUENCE. Empty for the empty path and for a path
   * that ends with an AS_SET, where aggregation has made the origin ambiguous.
   */
  public Optional<Asn> origin() {
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    AsPathSegment last = segments.get(segments.size() - 1);
    return last.isSet() ? Optional.empty() : Optional.of(last.asns().get(last.asns().size() - 1));
  }

  /** This path with {@code asn} prepended once. */
  public AsPath prepend(Asn asn) {
    return prepend(asn, 1);
  }

  /**
   * This path with {@code asn} prepended {@code times} times: added to the front of a leading
   * AS_SEQUENCE, or as a new leading AS_SEQUENCE when the path is empty or starts with a set.
   * Prepending zero times returns this path.
   *
   * @throws IllegalArgumentException when {@code times} is negative
   */
  public AsPath prepend(Asn asn, int times) {
    Objects.requireNonNull(asn, "asn");
    if (times < 0) {
      throw new IllegalArgumentException("cannot prepend " + asn + " a negative number of times (" + times + ")");
    }
    if (times == 0) {
      return this;
    }
    AsPathSegment[] result;
    int from;
    List<Asn> leading;
    if (!segments.isEmpty() && !segments.get(0).isSet()) {
      // Joined to the leading sequence, built here so that the constructor has nothing to merge.
      leading = segments.get(0).asns();
      result = new AsPathSegment[segments.size()];
      from = 1;
    } else {
      leading = List.of();
      result = new AsPathSegment[segments.size() + 1];
      from = 0;
    }
    Asn[] asns = new Asn[times + leading.size()];
    java.util.Arrays.fill(asns, 0, times, asn);
    for (int i = 0; i < leading.size(); i++) {
      asns[times + i] = leading.get(i);
    }
    result[0] = AsPathSegment.sequence(List.of(asns));
    for (int i = from; i < segments.size(); i++) {
      result[i + 1 - from] = segments.get(i);
    }
    return new AsPath(List.of(result));
  }

  /**
   * This path with every occurrence of {@code from} replaced by {@code to}, in sequences and sets
   * alike (as FRR's as-override does). Returns this path when {@code from} does not occur.
   */
  public AsPath replace(Asn from, Asn to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!contains(from) || from.equals(to)) {
      return this;
    }
    List<AsPathSegment> result = new ArrayList<>(segments.size());
    for (AsPathSegment segment : segments) {
      List<Asn> asns = segment.asns().stream().map(a -> a.equals(from) ? to : a).collect(Collectors.toList());
      result.add(new AsPathSegment(segment.type(), asns));
    }
    return new AsPath(result);
  }

  /**
   * This path without private ASNs ({@link Asn#isPrivate()}), from sequences and sets alike;
   * segments left empty are dropped. Returns this path when it holds no private ASN.
   */
  public AsPath removePrivate() {
    if (asns().stream().noneMatch(Asn::isPrivate)) {
      return this;
    }
    List<AsPathSegment> result = new ArrayList<>(segments.size());
    for (AsPathSegment segment : segments) {
      List<Asn> kept = segment.asns().stream().filter(a -> !a.isPrivate()).collect(Collectors.toList());
      if (!kept.isEmpty()) {
        result.add(new AsPathSegment(segment.type(), kept));
      }
    }
    return result.isEmpty() ? EMPTY : new AsPath(result);
  }

  /** The text form, for example {@code 65001 65515 {64512 64513} 12076}; the empty path is "". */
  @Override
  public String toString() {
    return segments.stream().map(AsPathSegment::toString).collect(Collectors.joining(" "));
  }
}
