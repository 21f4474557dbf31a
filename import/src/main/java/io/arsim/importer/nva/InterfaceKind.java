package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** What kind of interface a name denotes, from the vendor's naming conventions. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum InterfaceKind {
  /** A loopback: IOS {@code Loopback0}, FRR/Linux {@code lo} or a dummy device. */
  LOOPBACK,
  /** A tunnel: IOS {@code Tunnel100}, Linux {@code gre1}, {@code vti0}, {@code ipip0}, {@code wg0}. */
  TUNNEL,
  /** The discard interface: IOS {@code Null0}. */
  NULL,
  /** Anything else: physical ports, sub-interfaces, port channels, bridges. */
  OTHER;

  /** The kind an interface name denotes on {@code vendor}. */
  public static InterfaceKind of(String name, NvaVendor vendor) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("loopback") || n.equals("lo") || (vendor == NvaVendor.FRR && n.startsWith("dummy"))) {
      return LOOPBACK;
    }
    if (n.startsWith("tunnel")
        || (vendor == NvaVendor.FRR && (n.startsWith("gre") || n.startsWith("vti") || n.startsWith("ipip")
            || n.startsWith("ipsec") || n.startsWith("wg") || n.startsWith("xfrm")))) {
      return TUNNEL;
    }
    if (n.startsWith("null")) {
      return NULL;
    }
    return OTHER;
  }
}
