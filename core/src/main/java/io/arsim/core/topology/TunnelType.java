package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The encapsulation of a tunnel. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum TunnelType {
  /** An IPsec tunnel (a route-based VTI, or GRE protected by IPsec): ESP or UDP 4500 on the wire. */
  IPsec,
  /** VXLAN: UDP 4789 on the wire. */
  VXLAN,
  /**
   * Plain GRE (IP protocol 47). Azure blocks GRE packets inside virtual networks (Azure Virtual
   * Network FAQ, "What protocols can I use in virtual networks?"), so such a tunnel of an NVA in
   * Azure carries nothing.
   */
  GRE;

  /** Whether Azure's virtual networks drop this encapsulation. */
  public boolean blockedInVirtualNetworks() {
    return this == GRE;
  }
}
