package io.arsim.cli;

import com.google.inject.AbstractModule;
import io.arsim.core.topology.file.ReadLimits;
import java.util.Objects;

/** Binds the {@link ReadLimits} the command line asked for ({@link InputOptions}). Does no I/O. */
final class ReadLimitsModule extends AbstractModule {
  private final ReadLimits limits;

  ReadLimitsModule(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  protected void configure() {
    bind(ReadLimits.class).toInstance(limits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimitsModule m && m.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return limits.hashCode();
  }
}
