package io.arsim.cli;

import picocli.CommandLine;

/** The version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
        "arsim " + (version == null ? "dev" : version),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
