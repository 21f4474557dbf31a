package io.arsim.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.engine.DesignRun;
import io.arsim.engine.spi.EngineExtension;
import java.util.List;

/**
 * Wiring of the CLI itself: standard input (a design named {@code -}) and the resource kinds of the
 * discovered engine extensions, for the schema ({@code arsim schema}).
 */
final class CliModule extends AbstractModule {
  private final StandardInput in;

  CliModule(StandardInput in) {
    this.in = in;
  }

  @Override
  protected void configure() {
    bind(StandardInput.class).toInstance(in);
  }

  @Provides
  @Singleton
  List<ExtensionKind<?>> extensionKinds(List<EngineExtension> extensions) {
    return DesignRun.kindsOf(extensions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CliModule module && module.in.equals(in);
  }

  @Override
  public int hashCode() {
    return in.hashCode();
  }
}
