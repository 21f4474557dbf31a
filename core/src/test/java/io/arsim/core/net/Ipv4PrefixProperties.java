package io.arsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Ipv4PrefixProperties {

  @Provide
  Arbitrary<Ipv4Address> addresses() {
    return Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE)
        .edgeCases(e -> e.add(0, -1, 0x0A00_0000, 0x8000_0000))
        .map(Ipv4Address::new);
  }

  /** Prefixes with lengths spread over 0..32, so containment between two of them is common. */
  @Provide
  Arbitrary<Ipv4Prefix> prefixes() {
    // Few distinct high bits make related (nested or equal) prefixes likely.
    Arbitrary<Integer> bits = Arbitraries.oneOf(
        Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Arbitraries.integers().between(0, 7).map(i -> (0x0A00_0000 | i << 20)));
    return Combinators.combine(bits, Arbitraries.integers().between(0, 32))
        .as((b, len) -> new Ipv4Prefix(b & Ipv4Prefix.mask(len), len));
  }

  @Property
  void addressParsePrintRoundTrip(@ForAll("addresses") Ipv4Address address) {
    assertThat(Ipv4Address.parse(address.toString())).isEqualTo(address);
  }

  @Property
  void prefixParsePrintRoundTrip(@ForAll("prefixes") Ipv4Prefix prefix) {
    assertThat(Ipv4Prefix.parse(prefix.toString())).isEqualTo(prefix);
    assertThat(IpPrefix.parse(prefix.toString())).isEqualTo(prefix);
  }

  @Property
  void containsIsReflexive(@ForAll("prefixes") Ipv4Prefix p) {
    assertThat(p.contains(p)).isTrue();
  }

  @Property
  void containsIsTransitive(
      @ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b, @ForAll("prefixes") Ipv4Prefix c) {
    if (a.contains(b) && b.contains(c)) {
      assertThat(a.contains(c)).isTrue();
    }
  }

  @Property
  void containsIsAntisymmetric(@ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b) {
    if (a.contains(b) && b.contains(a)) {
      assertThat(a).isEqualTo(b);
    }
  }

  @Property
  void containsPrefixAgreesWithFirstAndLast(
      @ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b) {
    boolean byRange = a.first().compareTo(b.first()) <= 0 && b.last().compareTo(a.last()) <= 0;
    assertThat(a.contains(b)).isEqualTo(byRange);
  }

  @Property
  void containsAddressAgreesWithFirstAndLast(
      @ForAll("prefixes") Ipv4Prefix p, @ForAll("addresses") Ipv4Address address) {
    boolean byRange = p.first().compareTo(address) <= 0 && address.compareTo(p.last()) <= 0;
    assertThat(p.contains(address)).isEqualTo(byRange);
    assertThat(p.contains(p.first())).isTrue();
    assertThat(p.contains(p.last())).isTrue();
  }

  @Property
  void sizeMatchesFirstAndLast(@ForAll("prefixes") Ipv4Prefix p) {
    assertThat(p.last().unsigned() - p.first().unsigned() + 1).isEqualTo(p.size());
  }

  @Property
  void overlapsIsSymmetricAndMeansNesting(
      @ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    assertThat(a.overlaps(b)).isEqualTo(a.contains(b) || b.contains(a));
    // and it means the address ranges intersect
    boolean rangesIntersect = a.first().compareTo(b.last()) <= 0 && b.first().compareTo(a.last()) <= 0;
    assertThat(a.overlaps(b)).isEqualTo(rangesIntersect);
  }

  @Property
  void containingHoldsTheAddress(
      @ForAll("addresses") Ipv4Address address, @ForAll @IntRange(min = 0, max = 32) int length) {
    Ipv4Prefix prefix = Ipv4Prefix.containing(address, length);
    assertThat(prefix.length()).isEqualTo(length);
    assertThat(prefix.contains(address)).isTrue();
    assertThat(Ipv4Prefix.containing(address, 32)).isEqualTo(address.toPrefix());
  }

  @Property
  void compareToIsConsistentWithEquals(@ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void aContainingPrefixSortsFirst(@ForAll("prefixes") Ipv4Prefix a, @ForAll("prefixes") Ipv4Prefix b) {
    if (a.contains(b)) {
      assertThat(a.compareTo(b)).isLessThanOrEqualTo(0);
    }
  }
}
