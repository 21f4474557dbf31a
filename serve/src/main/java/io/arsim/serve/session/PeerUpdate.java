package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.AttributeError;
import io.arsim.serve.codec.PathAttribute;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What one UPDATE from a peer changes: routes announced (replacing any held for the same prefix)
 * and prefixes withdrawn. An UPDATE that RFC 7606 treats as withdraw arrives with its announced
 * prefixes among the withdrawn ones and the errors that caused it.
 *
 * @param announced the routes announced, {@code receivedFrom} naming the peer, in the order sent
 * @param withdrawn the prefixes withdrawn, in the order sent
 * @param passOn the attributes core's route has no room for that a speaker passes on with the
 *     announced routes (ATOMIC_AGGREGATE, AGGREGATOR, unknown optional transitive ones with the
 *     Partial bit set); give them back to {@link PeerHandle#announce(java.util.Collection, List)}
 * @param attributeErrors the RFC 7606 attribute errors met
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PeerUpdate(
    List<BgpRoute> announced, List<Ipv4Prefix> withdrawn, List<PathAttribute> passOn,
    List<AttributeError> attributeErrors) {

  public PeerUpdate {
    announced = List.copyOf(announced);
    withdrawn = List.copyOf(withdrawn);
    passOn = List.copyOf(passOn);
    attributeErrors = List.copyOf(attributeErrors);
  }
}
