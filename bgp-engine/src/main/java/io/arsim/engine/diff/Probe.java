package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology.AttachedInterface;
import org.apiguardian.api.API;

/**
 * A (source, destination) pair whose trace what-if runs and sweeps compare.
 *
 * @param source the VM's first NIC
 * @param to the destination as shown: a VM name or a prefix
 * @param address the address traced to: the VM's first NIC address, or an address of the prefix
 *     that no more specific known prefix covers
 * @param vm whether the destination is a VM (then the return path is traced too)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Probe(AttachedInterface source, String to, Ipv4Address address, boolean vm) {

  /** "vm-spoke -> 0.0.0.0/0 (8.8.8.8)". */
  public String label() {
    return source.owner() + " -> " + to + (vm ? "" : " (" + address + ")");
  }
}
