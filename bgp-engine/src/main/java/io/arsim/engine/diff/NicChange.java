package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The effective routes of one prefix of one NIC that differ.
 *
 * @param nic the NIC's name (NICs are matched by name)
 * @param owner its VM or NVA
 * @param prefix the prefix
 * @param before the rows before, as "Source State NextHopType [NextHopIp]"
 * @param after the rows after
 * @param reason why, where arsim can tell cheaply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NicChange(String nic, String owner, Ipv4Prefix prefix, List<String> before, List<String> after,
    String reason) {

  public NicChange {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
