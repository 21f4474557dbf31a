package io.arsim.serve.session;

import java.util.ArrayList;
import java.util.List;

/** A backend that remembers every call, for FSM tests. */
final class RecordingBackend implements BgpBackend {
  final List<PeerHandle> up = new ArrayList<>();
  final List<PeerUpdate> updates = new ArrayList<>();
  final List<DownReason> down = new ArrayList<>();

  @Override
  public synchronized void peerUp(PeerHandle peer) {
    up.add(peer);
  }

  @Override
  public synchronized void routesReceived(PeerHandle peer, PeerUpdate update) {
    updates.add(update);
  }

  @Override
  public synchronized void peerDown(PeerHandle peer, DownReason reason) {
    down.add(reason);
  }
}
