package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a session agreed on that changes how UPDATEs are read and written.
 *
 * @param fourOctetAs both speakers advertised the 4-octet AS capability (RFC 6793): AS_PATH and
 *     AGGREGATOR carry 4-octet ASNs and AS4_PATH / AS4_AGGREGATOR are not used
 * @param external the peer is in another AS (eBGP): a LOCAL_PREF it sends is discarded
 *     (RFC 4271 section 5.1.5, RFC 7606 section 7.5) and none is sent to it
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Negotiated(boolean fourOctetAs, boolean external) {

  /** An eBGP session between two speakers with 4-octet AS support, the usual case today. */
  public static final Negotiated FOUR_OCTET_EXTERNAL = new Negotiated(true, true);

  /** An eBGP session with an old speaker: 2-octet ASNs, AS4_PATH and AS4_AGGREGATOR in use. */
  public static final Negotiated TWO_OCTET_EXTERNAL = new Negotiated(false, true);

  /** The widths of AS numbers in AS_PATH and AGGREGATOR: 4 or 2 octets. */
  public int asnSize() {
    return fourOctetAs ? 4 : 2;
  }
}
