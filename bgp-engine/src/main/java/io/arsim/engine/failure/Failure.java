package io.arsim.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One failed element of a design.
 *
 * @param kind what fails
 * @param name the NVA, route server, instance node ({@code rs-spoke/IN_0}), VNet or node name; for a
 *     session, one end
 * @param peer for a session, the other end; null otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Failure(Kind kind, String name, @Nullable String peer) {

  /** What fails. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** An NVA: its BGP sessions go down and it originates nothing; its NICs drop what they receive. */
    NVA,
    /** Both instances of a route server. */
    ROUTE_SERVER,
    /** One instance of a route server ({@code rs-spoke/IN_0}). */
    ROUTE_SERVER_INSTANCE,
    /** One BGP session; both ends stay up. */
    SESSION,
    /** A whole VNet: every node and VM in it, and its peerings. */
    VNET,
    /** Any node by name, or every node an extension resource (a gateway, a circuit) stands for. */
    NODE,
    /**
     * An internal load balancer: its frontend answers nothing (every backend's probe failing has the
     * same effect). A failed backend NVA is an {@link #NVA} failure; the load balancer then sends
     * its flows to the backends that stay healthy.
     */
    LOAD_BALANCER
  }

  public Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if ((kind == Kind.SESSION) != (peer != null)) {
      throw new IllegalArgumentException("a session failure needs both ends; other failures exactly one name");
    }
  }

  /** An NVA failure. */
  public static Failure nva(String name) {
    return new Failure(Kind.NVA, name, null);
  }

  /** A whole route server failure. */
  public static Failure routeServer(String name) {
    return new Failure(Kind.ROUTE_SERVER, name, null);
  }

  /** A route-server instance failure ({@code rs-spoke/IN_0}). */
  public static Failure instance(String node) {
    return new Failure(Kind.ROUTE_SERVER_INSTANCE, node, null);
  }

  /** A session failure. */
  public static Failure session(String a, String b) {
    return a.compareTo(b) <= 0 ? new Failure(Kind.SESSION, a, b) : new Failure(Kind.SESSION, b, a);
  }

  /** A VNet failure. */
  public static Failure vnet(String name) {
    return new Failure(Kind.VNET, name, null);
  }

  /** A node (or extension resource) failure. */
  public static Failure node(String name) {
    return new Failure(Kind.NODE, name, null);
  }

  /** A load balancer failure. */
  public static Failure loadBalancer(String name) {
    return new Failure(Kind.LOAD_BALANCER, name, null);
  }

  /**
   * How the command line writes it: {@code nva1}, {@code rs-spoke/IN_0}, {@code vnet:hub1},
   * {@code nva1,rs-spoke/IN_0}, {@code lb:ilb-fw}.
   */
  public String label() {
    return switch (kind) {
      case SESSION -> name + "," + peer;
      case VNET -> "vnet:" + name;
      case LOAD_BALANCER -> "lb:" + name;
      default -> name;
    };
  }

  /** In words: "NVA nva1", "session nva1 - rs-spoke/IN_0". */
  public String describe() {
    return switch (kind) {
      case NVA -> "NVA " + name;
      case ROUTE_SERVER -> "route server " + name + " (both instances)";
      case ROUTE_SERVER_INSTANCE -> "route-server instance " + name;
      case SESSION -> "session " + name + " - " + peer;
      case VNET -> "VNet " + name;
      case NODE -> "node " + name;
      case LOAD_BALANCER -> "load balancer " + name;
    };
  }
}
