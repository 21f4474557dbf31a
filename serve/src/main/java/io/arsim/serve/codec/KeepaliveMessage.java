package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A KEEPALIVE (RFC 4271 section 4.4): the header alone, 19 octets. */
@API(status = EXPERIMENTAL, since = "0.2")
public record KeepaliveMessage() implements BgpMessage {

  /** The one KEEPALIVE there is. */
  public static final KeepaliveMessage INSTANCE = new KeepaliveMessage();

  @Override
  public int type() {
    return KEEPALIVE;
  }

  @Override
  public String toString() {
    return "KEEPALIVE";
  }
}
