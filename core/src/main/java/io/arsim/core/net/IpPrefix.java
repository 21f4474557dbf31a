package io.arsim.core.net;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * An IPv4 or IPv6 prefix. Azure Route Server supports IPv4 only; IPv6 prefixes are represented so
 * that validation can say where a design uses them.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface IpPrefix permits Ipv4Prefix, Ipv6Prefix {

  /** The prefix length in bits. */
  int length();

  /** Whether this is an IPv4 prefix. */
  boolean isIpv4();

  /**
   * Parses an IPv4 prefix ({@code 10.0.0.0/16}) or, when the text holds a colon, an IPv6 prefix
   * ({@code 2001:db8::/32}), strictly.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  static IpPrefix parse(String text) {
    return text.indexOf(':') >= 0 ? Ipv6Prefix.parse(text) : Ipv4Prefix.parse(text);
  }
}
