package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A load balancer's health probe (ARM {@code probes[]}). Azure sends it from 168.63.129.16 and takes
 * a backend out of rotation when it fails; arsim has no probe traffic and takes a backend as healthy
 * while the NVA or VM owning the NIC is up (a failed NVA in {@code whatif} and {@code sweep} fails
 * its probe).
 *
 * @param protocol Tcp, Http or Https
 * @param port the probed port, 1..65535
 * @param requestPath the path of an Http or Https probe
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthProbe(
    @JsonProperty(required = true) @JsonPropertyDescription("Tcp, Http or Https.") ProbeProtocol protocol,
    @JsonProperty(required = true) @JsonPropertyDescription("The probed port, 1..65535.") int port,
    @JsonPropertyDescription("The path of an Http or Https probe, e.g. /health.") @Nullable String requestPath) {

  public HealthProbe {
    Names.required(protocol, "protocol");
  }

  /** The protocol of a health probe, spelled as in ARM. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum ProbeProtocol {
    /** A TCP handshake on the port. */
    Tcp,
    /** An HTTP GET answered with 200. */
    Http,
    /** An HTTPS GET answered with 200. */
    Https
  }
}
