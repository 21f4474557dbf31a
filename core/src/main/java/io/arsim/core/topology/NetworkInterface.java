package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A NIC with one IPv4 configuration.
 *
 * @param name NIC name, unique in the design; defaults to {@code <owner>-nic} (or
 *     {@code <owner>-nic<i>} when the owner has several)
 * @param subnet the subnet, written {@code vnet/subnet}
 * @param privateIpAddress the NIC's address, inside the subnet
 * @param enableIpForwarding whether the NIC may forward traffic not addressed to it (needed on NVAs)
 * @param sourceNat on an NVA NIC: traffic the NVA forwards out of this NIC leaves with this NIC's
 *     address as its source (SNAT), so replies come back to this NVA
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record NetworkInterface(
    @JsonPropertyDescription("NIC name, unique in the design. Defaults to <owner>-nic, or <owner>-nic<i> with several.")
        String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The subnet, written vnet/subnet.") SubnetRef subnet,
    @JsonProperty(required = true) @JsonPropertyDescription("The NIC's private IPv4 address, inside the subnet.")
        Ipv4Address privateIpAddress,
    @JsonPropertyDescription("Whether the NIC forwards traffic not addressed to it (needed on NVAs). Default false.")
        boolean enableIpForwarding,
    @JsonPropertyDescription("On an NVA NIC: traffic the NVA forwards out of this NIC gets this NIC's address as"
        + " its source (SNAT). Default false.") boolean sourceNat) {

  public NetworkInterface {
    name = name == null ? "" : name;
    Names.required(subnet, "subnet");
    Names.required(privateIpAddress, "privateIpAddress");
  }

  /** A NIC without SNAT (the form before {@code sourceNat} existed). */
  public NetworkInterface(String name, SubnetRef subnet, Ipv4Address privateIpAddress, boolean enableIpForwarding) {
    this(name, subnet, privateIpAddress, enableIpForwarding, false);
  }

  /** Gives unnamed NICs their default names. */
  static List<NetworkInterface> named(String owner, List<NetworkInterface> nics) {
    List<NetworkInterface> result = new ArrayList<>(nics.size());
    for (int i = 0; i < nics.size(); i++) {
      NetworkInterface nic = nics.get(i);
      if (nic.name.isEmpty()) {
        String name = nics.size() == 1 ? owner + "-nic" : owner + "-nic" + i;
        nic = new NetworkInterface(name, nic.subnet, nic.privateIpAddress, nic.enableIpForwarding, nic.sourceNat);
      }
      result.add(nic);
    }
    return List.copyOf(result);
  }
}
