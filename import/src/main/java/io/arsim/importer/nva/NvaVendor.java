package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The router software a configuration was written for; it fixes what each statement means. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum NvaVendor {
  /** FRRouting: {@code frr.conf} or {@code show running-config} in vtysh. */
  FRR("FRR"),
  /** Cisco IOS-XE (Catalyst 8000v, CSR 1000v, ISR, ASR): {@code show running-config}. */
  CISCO_IOS_XE("Cisco IOS-XE");

  private final String displayName;

  NvaVendor(String displayName) {
    this.displayName = displayName;
  }

  /** The name people use, e.g. {@code Cisco IOS-XE}. */
  public String displayName() {
    return displayName;
  }
}
