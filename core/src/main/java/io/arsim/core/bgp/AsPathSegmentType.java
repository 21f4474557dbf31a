package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The kind of an AS_PATH segment (RFC 4271 section 4.3). Confederation segments are not modelled. */
@API(status = MAINTAINED, since = "0.1")
public enum AsPathSegmentType {
  /** An ordered list of the ASes the route has passed through; each ASN counts one hop. */
  AS_SEQUENCE,
  /** An unordered set of ASes, left by aggregation; the whole set counts one hop. */
  AS_SET
}
