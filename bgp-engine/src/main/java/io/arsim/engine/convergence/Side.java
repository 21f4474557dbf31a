package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.policy.spi.PolicyContext;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/** One side of a session: a node's view of one neighbour while the network converges. */
final class Side {
  /** This side's index in the node's arrays. */
  final int k;
  final Neighbor neighbor;
  /** The peer's run, once linked; null when the peer is not in the network. */
  @Nullable NodeRun peer;
  /** The session's index in the session list; -1 when none joins the two. */
  int session = -1;
  /** The peer's side toward this node; -1 when the peer does not list this node. */
  int reverse = -1;
  /** The context the import and export policies of this side see (the same for every route). */
  @Nullable PolicyContext importContext;
  @Nullable PolicyContext exportContext;
  /** The slots whose route toward this peer may have changed in this round's export phase. */
  List<Slot> touched = List.of();
  /** Routes in the Adj-RIB-Out toward the peer. */
  int outCount;
  /** Received routes that pass the built-in inbound rules (the route limit's count). */
  int passing;
  /** Routes accepted from the peer after the import policies (maximum-prefix's count). */
  int learnedCount;
  /** Whether the session was up, and imported, in the last import phase. */
  boolean imported;
  /** The Adj-RIB-Out in prefix order, once frozen. */
  SortedMap<Ipv4Prefix, BgpRoute> outSorted = SortedArrayMap.empty();

  Side(int k, Neighbor neighbor) {
    this.k = k;
    this.neighbor = neighbor;
  }
}
