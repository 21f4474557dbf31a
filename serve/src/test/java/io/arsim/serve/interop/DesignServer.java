package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.serve.design.DesignBackend;
import io.arsim.serve.design.ServedInstances;
import io.arsim.serve.server.BgpServer;
import io.arsim.serve.server.JsonLinesEventLog;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.RouteLimit;
import io.arsim.serve.session.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The route server rs-spoke of examples/serve-s1-external-nva.yaml served by the engine: IN_0 on
 * 127.0.1.1, IN_1 on 127.0.1.2 (free ports), next hops 10.0.255.4 and 10.0.255.5 as in the design,
 * its event log in {@code events.jsonl} of the test's directory.
 */
final class DesignServer implements AutoCloseable {
  static final String IN_0 = "rs-spoke/IN_0";
  static final String IN_1 = "rs-spoke/IN_1";
  static final Ipv4Address IN_0_LISTEN = Ipv4Address.parse("127.0.1.1");
  static final Ipv4Address IN_1_LISTEN = Ipv4Address.parse("127.0.1.2");

  final DesignBackend backend;
  final BgpServer server;
  private final Writer log;

  private DesignServer(DesignBackend backend, BgpServer server, Writer log) {
    this.backend = backend;
    this.server = server;
    this.log = log;
  }

  /**
   * @param external the NVAs real routers play (nva1, and nva2 when listed)
   * @param peers the loopback address each real router connects from
   */
  static DesignServer start(Path directory, List<String> external, Map<String, Ipv4Address> peers,
      EngineSettings settings, Duration routeLimitIdleTime) {
    try {
      String yaml = Files.readString(examples().resolve("serve-s1-external-nva.yaml"));
      if (external.contains("nva2")) {
        yaml = yaml.replace("  - name: nva2\n    asn: 65002\n", "  - name: nva2\n    asn: 65002\n    external: true\n");
      }
      DesignRun run = DesignRun.withDefaults().withSettings(settings);
      LoadedTopology loaded = run.reader().read("serve-s1-external-nva.yaml", TopologyFormat.YAML, yaml);
      List<InstanceConfig> instances = new ArrayList<>();
      for (InstanceConfig instance : ServedInstances.of(loaded.topology(), List.of("rs-spoke"),
          List.of(new ServedInstances.Listen(IN_0_LISTEN, 0), new ServedInstances.Listen(IN_1_LISTEN, 0)), peers,
          RouteLimit.azure(settings.routeServerRouteLimit()))) {
        instances.add(instance.toBuilder().routeLimitIdleTime(routeLimitIdleTime).build());
      }
      DesignBackend backend = new DesignBackend(run, loaded);
      Files.createDirectories(directory);
      Writer log = Files.newBufferedWriter(directory.resolve("events.jsonl"), StandardCharsets.UTF_8);
      JsonLinesEventLog events = new JsonLinesEventLog(log);
      List<Speaker> speakers = instances.stream().map(i -> Speaker.of(i, backend, events)).toList();
      return new DesignServer(backend, BgpServer.start(speakers, false, 1), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
  }

  int port(String instance) {
    return server.boundAddresses().get(instance).getPort();
  }

  /** Waits, with a deadline, until the converged design satisfies {@code condition}. */
  ConvergedDesign awaitDesign(String what, Predicate<ConvergedDesign> condition, Supplier<String> diagnostics) {
    return Poll.until(what, Duration.ofSeconds(60), () -> {
      try {
        backend.awaitConverged(Duration.ofSeconds(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return backend.current().filter(condition);
    }, diagnostics);
  }

  void awaitUp(String instance, String nva, Supplier<String> diagnostics) {
    Poll.until(nva + " Established with " + instance, Duration.ofSeconds(60),
        () -> backend.isUp(instance, nva) ? java.util.Optional.of(true) : java.util.Optional.empty(), diagnostics);
    assertThat(backend.isUp(instance, nva)).isTrue();
  }

  @Override
  public void close() {
    server.shutdown("test over", Duration.ofSeconds(5));
    backend.close();
    try {
      log.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
