package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An UPDATE (RFC 4271 section 4.3): withdrawn IPv4 prefixes, path attributes, and the IPv4
 * prefixes (NLRI) announced with those attributes. An UPDATE with nothing in it is the IPv4
 * unicast End-of-RIB marker (RFC 4724).
 *
 * @param withdrawn the withdrawn routes, in the order sent
 * @param attributes the path attributes, at most one per type code, in the order sent
 * @param nlri the announced prefixes, in the order sent
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record UpdateMessage(List<Ipv4Prefix> withdrawn, List<PathAttribute> attributes, List<Ipv4Prefix> nlri)
    implements BgpMessage {

  /** The empty UPDATE, End-of-RIB for IPv4 unicast. */
  public static final UpdateMessage END_OF_RIB = new UpdateMessage(List.of(), List.of(), List.of());

  public UpdateMessage {
    withdrawn = List.copyOf(withdrawn);
    attributes = List.copyOf(attributes);
    nlri = List.copyOf(nlri);
    Set<Integer> seen = new HashSet<>();
    for (PathAttribute attribute : attributes) {
      if (!seen.add(attribute.typeCode())) {
        throw new IllegalArgumentException("an UPDATE holds at most one " + PathAttribute.name(attribute.typeCode())
            + " attribute (RFC 4271 section 5)");
      }
    }
  }

  /** An UPDATE withdrawing {@code prefixes}. */
  public static UpdateMessage withdraw(List<Ipv4Prefix> prefixes) {
    return new UpdateMessage(prefixes, List.of(), List.of());
  }

  @Override
  public int type() {
    return UPDATE;
  }

  /** The attribute of the given record type, when present. */
  public <T extends PathAttribute> Optional<T> attribute(Class<T> type) {
    for (PathAttribute attribute : attributes) {
      if (type.isInstance(attribute)) {
        return Optional.of(type.cast(attribute));
      }
    }
    return Optional.empty();
  }

  /** Whether this is the End-of-RIB marker: no withdrawn routes, no attributes, no NLRI. */
  public boolean isEndOfRib() {
    return withdrawn.isEmpty() && attributes.isEmpty() && nlri.isEmpty();
  }

  @Override
  public String toString() {
    return "UPDATE withdrawn " + withdrawn + " attributes " + attributes + " nlri " + nlri;
  }
}
