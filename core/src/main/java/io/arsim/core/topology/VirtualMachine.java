package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A workload VM.
 *
 * @param name VM name, unique among VMs and NVAs
 * @param networkInterfaces its NICs (at least one)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VirtualMachine(
    @JsonProperty(required = true) @JsonPropertyDescription("VM name, unique among VMs and NVAs.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The VM's NICs.")
        List<NetworkInterface> networkInterfaces) {

  public VirtualMachine {
    Names.required(name, "name");
    networkInterfaces = NetworkInterface.named(name, Names.list(networkInterfaces));
  }
}
