package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Tunnel;
import org.apiguardian.api.API;

/** Where an NVA's route sends a packet: out of a NIC into Azure, into a tunnel, or to the NVA itself. */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Egress permits Egress.OutNic, Egress.IntoTunnel, Egress.Local {

  /** In words: "out of fw1-trust", "into tunnel to-branch", "to the NVA itself". */
  String describe();

  /**
   * Out of a NIC: Azure's SDN then delivers the packet by that NIC's effective routes.
   *
   * @param nic the NIC
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record OutNic(NetworkInterface nic) implements Egress {
    @Override
    public String describe() {
      return "out of " + nic.name();
    }
  }

  /**
   * Into a tunnel toward its far end.
   *
   * @param tunnel the tunnel
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record IntoTunnel(Tunnel tunnel) implements Egress {
    @Override
    public String describe() {
      return "into tunnel " + tunnel.name();
    }
  }

  /** The destination is one of the NVA's own addresses. */
  @API(status = EXPERIMENTAL, since = "0.2")
  record Local() implements Egress {
    @Override
    public String describe() {
      return "to the NVA itself";
    }
  }
}
