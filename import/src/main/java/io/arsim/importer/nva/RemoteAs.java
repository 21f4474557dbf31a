package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour's {@code remote-as}: a number, or FRR's {@code internal}, {@code external} and
 * {@code auto} (bgp.rst "Defining Peers").
 *
 * @param kind which form
 * @param asn the number of the {@link Kind#ASN} form, null otherwise
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RemoteAs(Kind kind, @Nullable Asn asn) {

  /** The forms of {@code remote-as}. */
  public enum Kind {
    /** A number. */
    ASN,
    /** The local AS (iBGP); FRR only. */
    INTERNAL,
    /** Any AS but the local one (eBGP); FRR only. */
    EXTERNAL,
    /** Whatever the OPEN message says; FRR only. */
    AUTO
  }

  public RemoteAs {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ASN) != (asn != null)) {
      throw new IllegalArgumentException("remote-as " + kind + " with ASN " + asn);
    }
  }

  /** The numbered form. */
  public static RemoteAs of(Asn asn) {
    return new RemoteAs(Kind.ASN, asn);
  }

  @Override
  public String toString() {
    return asn != null ? asn.toString() : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
