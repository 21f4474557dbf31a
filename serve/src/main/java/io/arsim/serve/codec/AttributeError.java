package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A malformed path attribute that RFC 7606 lets the session survive: the UPDATE was read, and this
 * error says what to do with it instead of resetting the session.
 *
 * @param typeCode the attribute's type code
 * @param action what RFC 7606 prescribes
 * @param subcode the UPDATE Message Error subcode RFC 4271 section 6.3 would have sent
 * @param problem what is wrong, in words, for the event log
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AttributeError(int typeCode, Action action, int subcode, String problem) {

  public AttributeError {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(problem, "problem");
  }

  /** The approaches of RFC 7606 section 2 short of a session reset, weakest first. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Action {
    /** The attribute is dropped and the UPDATE is processed without it. */
    ATTRIBUTE_DISCARD,
    /** Every route the UPDATE announces is handled as withdrawn. */
    TREAT_AS_WITHDRAW
  }

  @Override
  public String toString() {
    return PathAttribute.name(typeCode) + ": " + problem + " ("
        + (action == Action.TREAT_AS_WITHDRAW ? "treat-as-withdraw" : "attribute discarded") + ")";
  }
}
