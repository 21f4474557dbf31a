package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.RouteSource;
import io.arsim.serve.design.DesignBackend;
import io.arsim.serve.design.ServedInstances;
import io.arsim.serve.server.BgpServer;
import io.arsim.serve.server.JsonLinesEventLog;
import io.arsim.serve.server.ServeException;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.RouteLimit;
import io.arsim.serve.session.SessionEventSink;
import io.arsim.serve.session.SessionState;
import io.arsim.serve.session.Speaker;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arsim serve}: the route servers of a design as real BGP-4 speakers, so that real routers
 * (FRR, BIRD, GoBGP, a vendor image) play the NVAs marked {@code external: true} while the rest of
 * the design stays simulated. Runs until stopped (Ctrl-C, SIGTERM), then ends every session with
 * Cease / Administrative Shutdown.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the design's route servers as BGP speakers that real routers peer with, until Ctrl-C.",
        "Each instance listens on its own address; the NVAs marked external: true are played by the real"
            + " routers that connect, everything else stays simulated. Every change converges the design"
            + " again and sends each router what the instance advertises to its NVA (docs/serve.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim serve examples/serve-s1-external-nva.yaml \\",
        "      --peer nva1=127.0.0.2 --watch",
        "  arsim serve examples/serve-s1-external-nva.yaml --route-server rs-spoke \\",
        "      --listen 127.0.1.1:1179 --listen 127.0.1.2:1179 --event-log events.jsonl",
        "",
        "Default listen addresses: 127.0.1.1, 127.0.1.2, ... (one per instance, in",
        "order). Default port: BGP's 179 when the process may bind it (root or",
        "CAP_NET_BIND_SERVICE, and no BGP daemon holding it), 1179 otherwise; the",
        "first lines of output say when 1179 is taken instead.",
        "",
        "Exit codes: 2 bad input or an address that cannot be used; stopped by a signal,",
        "the JVM exits as signalled processes do: 130 (Ctrl-C, SIGINT), 143 (SIGTERM)."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class ServeCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--route-server", paramLabel = "NAME",
      description = "A route server to serve (repeatable). Default: every route server an external NVA peers with.")
  List<String> routeServers = new ArrayList<>();

  @Option(names = "--listen", paramLabel = "ADDR[:PORT]",
      description = "Where the next instance listens (repeatable, in the order rs/IN_0, rs/IN_1, next route"
          + " server...). Default: 127.0.1.1, 127.0.1.2, ...; port 179 when it can be bound, 1179 otherwise.")
  List<String> listen = new ArrayList<>();

  @Option(names = "--peer", paramLabel = "NVA=ADDR",
      description = "The address the real router playing NVA connects from (repeatable). Default: the NVA's"
          + " address in the design.")
  Map<String, String> peers = new LinkedHashMap<>();

  @Option(names = "--event-log", paramLabel = "FILE",
      description = "Writes every session change and UPDATE to FILE, one JSON object per line.")
  @Nullable Path eventLog;

  @Option(names = "--watch",
      description = "Prints the sessions, the routes per instance and the VMs' BGP routes after every change.")
  boolean watch;

  private final DesignLoader loader;
  private final Provider<DesignRun> run;

  @Inject
  ServeCommand(DesignLoader loader, Provider<DesignRun> run) {
    this.loader = loader;
    this.run = run;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    LoadedTopology loaded = loader.read(args.file);
    EngineSettings settings = args.engine.settings();
    List<ListenArgument> listenArguments = new ArrayList<>();
    for (String value : listen) {
      listenArguments.add(parseListen(value));
    }
    Map<String, Ipv4Address> peerAddresses = new TreeMap<>();
    peers.forEach((nva, address) -> peerAddresses.put(nva, parseAddress("--peer " + nva + "=" + address, address,
        "the address the real router connects from, such as 127.0.0.2")));
    // On the wire every route of the UPDATE counts, as Azure documents (held + in the UPDATE); the
    // engine's --route-limit-counting only changes how the design counts the routes it then holds.
    RouteLimit limit = RouteLimit.azure(settings.routeServerRouteLimit());
    List<InstanceConfig> onBgpPort = ServedInstances.of(loaded.topology(), routeServers,
        listens(listenArguments, ServedInstances.BGP_PORT), peerAddresses, limit, ServedInstances.BGP_PORT);
    List<InstanceConfig> onFallback = ServedInstances.of(loaded.topology(), routeServers,
        listens(listenArguments, ServedInstances.DEFAULT_PORT), peerAddresses, limit, ServedInstances.DEFAULT_PORT);
    // An instance without a port in --listen takes BGP's 179 when the process may bind it, 1179 otherwise.
    boolean defaultPortUsed = !onBgpPort.stream().map(InstanceConfig::port).toList()
        .equals(onFallback.stream().map(InstanceConfig::port).toList());
    DesignBackend backend = new DesignBackend(run.get().withSettings(settings), loaded);
    Writer log = eventLog == null ? null : Files.newBufferedWriter(eventLog, StandardCharsets.UTF_8);
    SessionEventSink events = log == null ? SessionEventSink.NONE : new JsonLinesEventLog(log);
    List<InstanceConfig> instances = defaultPortUsed ? onBgpPort : onFallback;
    List<String> notes = new ArrayList<>();
    List<Speaker> speakers = instances.stream().map(i -> Speaker.of(i, backend, events)).toList();
    BgpServer server;
    try {
      try {
        server = BgpServer.start(speakers, defaultPortUsed || privileged(instances), 2);
      } catch (ServeException e) {
        if (!defaultPortUsed) {
          throw e;
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        notes.add("Port " + ServedInstances.BGP_PORT + " cannot be used here (" + cause.getMessage() + "): the"
            + " instances without a port in --listen listen on " + ServedInstances.DEFAULT_PORT
            + "; configure the routers' neighbours with that port.");
        instances = onFallback;
        speakers = instances.stream().map(i -> Speaker.of(i, backend, events)).toList();
        server = BgpServer.start(speakers, privileged(instances), 2);
      }
    } catch (RuntimeException e) {
      backend.close();
      if (log != null) {
        log.close();
      }
      throw e;
    }
    PrintWriter out = args.output.out();
    synchronized (out) {
      started(out, loaded.topology(), instances, notes);
      out.flush();
    }
    List<Speaker> served = speakers;
    BgpServer running = server;
    if (watch) {
      // A view is printed when it differs from the last one (a router's send-back converges to the
      // same state, for example).
      String[] last = {""};
      java.util.function.Consumer<ConvergedDesign> print = design -> {
        synchronized (out) {
          java.io.StringWriter text = new java.io.StringWriter();
          view(new PrintWriter(text), loaded.topology(), design, served);
          if (!text.toString().equals(last[0])) {
            last[0] = text.toString();
            out.print(last[0]);
            out.flush();
          }
        }
      };
      backend.onConverged(print);
      backend.current().ifPresent(print);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch printed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      backend.close();
      running.shutdown("arsim serve stopped", Duration.ofSeconds(5));
      stopped.countDown();
      try {
        printed.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "arsim-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    synchronized (out) {
      if (args.json()) {
        out.print(Json.renderLine(new Stopped("stopped", "Cease / Administrative Shutdown sent to every session")));
      } else {
        out.println("Stopped: every session was sent Cease / Administrative Shutdown.");
      }
      out.flush();
    }
    if (log != null) {
      log.close();
    }
    args.output.commit();
    printed.countDown();
    return ExitCodes.OK;
  }

  /** An instance's --listen: the address, and the port when one is given. */
  private record ListenArgument(Ipv4Address address, @Nullable Integer port) {}

  private static List<ServedInstances.Listen> listens(List<ListenArgument> arguments, int defaultPort) {
    return arguments.stream()
        .map(a -> new ServedInstances.Listen(a.address(), a.port() == null ? defaultPort : a.port()))
        .toList();
  }

  private static boolean privileged(List<InstanceConfig> instances) {
    return instances.stream().anyMatch(i -> i.port() > 0 && i.port() < 1024);
  }

  private ListenArgument parseListen(String value) {
    int colon = value.lastIndexOf(':');
    String address = colon < 0 ? value : value.substring(0, colon);
    Integer port = null;
    if (colon >= 0) {
      String text = value.substring(colon + 1);
      int parsed;
      try {
        parsed = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        parsed = -1;
      }
      if (parsed < 1 || parsed > 65535) {
        throw new UsageException("--listen " + value + ": port \"" + text + "\" is not a TCP port; expected 1..65535,"
            + " such as 127.0.1.1:1179 (or 179 as root)");
      }
      port = parsed;
    }
    return new ListenArgument(parseAddress("--listen " + value, address,
        "an IPv4 address such as 127.0.1.1, optionally with :PORT"), port);
  }

  private static Ipv4Address parseAddress(String option, String text, String expected) {
    try {
      return Ipv4Address.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": \"" + text + "\" is not an IPv4 address; expected " + expected);
    }
  }

  private void started(PrintWriter out, Topology topology, List<InstanceConfig> instances, List<String> notes) {
    List<Listening> rows = new ArrayList<>();
    for (InstanceConfig i : instances) {
      List<String> peersOf = new ArrayList<>();
      for (PeerConfig p : i.peers()) {
        peersOf.add(p.name() + " from " + p.address() + " AS " + p.asn());
      }
      rows.add(new Listening(i.name(), i.listenAddress() + ":" + i.port(), i.routerAddress().toString(),
          i.asn().value(), i.routeLimit().maximum(), peersOf));
    }
    if (args.json()) {
      out.print(Json.renderLine(new Started("listening", topology.name(), rows, notes)));
      return;
    }
    out.println("Serving " + topology.name() + " (" + args.fileName() + "); Ctrl-C stops with Cease.");
    notes.forEach(out::println);
    TextTable table = new TextTable("Instance", "Listens on", "Next hop", "ASN", "Route limit", "Accepts");
    for (Listening row : rows) {
      table.row(row.instance(), row.listen(), row.nextHop(), row.asn(), row.routeLimit(),
          String.join(", ", row.peers()));
    }
    out.print(table.render());
  }

  private void view(PrintWriter text, Topology topology, ConvergedDesign design, List<Speaker> speakers) {
    List<PeerView> sessions = new ArrayList<>();
    List<InstanceRoutes> instanceRoutes = new ArrayList<>();
    for (Speaker speaker : speakers) {
      String instance = speaker.config().name();
      NodeState state = design.state().node(instance).orElseThrow();
      instanceRoutes.add(routesOf(instance, state, speaker.states().keySet()));
      for (Map.Entry<String, SessionState> entry : speaker.states().entrySet()) {
        String nva = entry.getKey();
        // What the real router sent, as this convergence saw it: the Adj-RIB-Out of its NVA's node.
        int received = design.state().node(nva).map(n -> n.advertisedTo(instance).size()).orElse(0);
        sessions.add(new PeerView(instance, nva, display(entry.getValue()), received, state.learnedFrom(nva).size(),
            state.advertisedTo(nva).size()));
      }
    }
    List<VmRoute> routes = new ArrayList<>();
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (vm.networkInterfaces().isEmpty()) {
        continue;
      }
      for (EffectiveRoute r : design.effectiveRoutes(vm.name())) {
        if (r.source() == RouteSource.VirtualNetworkGateway) {
          routes.add(new VmRoute(vm.name(), r.prefix().toString(), r.nextHopAddress().map(Ipv4Address::toString)
              .orElse("-"), r.state()));
        }
      }
    }
    if (args.json()) {
      text.print(Json.renderLine(new View("converged", sessions, instanceRoutes, routes)));
      return;
    }
    text.println();
    text.println("Sessions (converged)");
    TextTable table = new TextTable("Instance", "Peer", "State", "Received", "Accepted", "Advertised");
    sessions.forEach(s -> table.row(s.instance(), s.peer(), s.state(), s.received(), s.accepted(), s.advertised()));
    text.print(table.render());
    instanceRoutes.forEach(r -> text.print(render(r)));
    text.println("BGP routes on the VMs");
    TextTable vms = new TextTable("VM", "Prefix", "Next hop", "State");
    routes.forEach(r -> vms.row(r.vm(), r.prefix(), r.nextHop(), r.state()));
    text.print(vms.isEmpty() ? "(none)" + System.lineSeparator() : vms.render());
  }

  /**
   * What an instance learned (every peer's accepted routes, simulated NVAs' too) and what it
   * advertises to each real router it accepts, sorted by peer, then prefix.
   */
  static InstanceRoutes routesOf(String instance, NodeState state, java.util.Collection<String> realRouters) {
    List<RouteView> learned = new ArrayList<>();
    state.learned().forEach((peer, routes) -> routes.values().forEach(r -> learned.add(RouteView.of(peer, r))));
    List<RouteView> advertised = new ArrayList<>();
    new java.util.TreeSet<>(realRouters).forEach(peer ->
        state.advertisedTo(peer).values().forEach(r -> advertised.add(RouteView.of(peer, r))));
    return new InstanceRoutes(instance, learned, advertised);
  }

  /** An instance's routes as a table: a title line, then one row per route, learned first. */
  static String render(InstanceRoutes routes) {
    StringBuilder text = new StringBuilder("Routes of " + routes.instance() + System.lineSeparator());
    TextTable table = new TextTable("Route", "Peer", "Prefix", "Next hop", "AS path");
    routes.learned().forEach(r -> table.row("learned", r.peer(), r.prefix(), r.nextHop(), dash(r.asPath())));
    routes.advertised().forEach(r -> table.row("advertised", r.peer(), r.prefix(), r.nextHop(), dash(r.asPath())));
    text.append(table.isEmpty() ? "(none)" + System.lineSeparator() : table.render());
    return text.toString();
  }

  private static String dash(String asPath) {
    return asPath.isEmpty() ? "-" : asPath;
  }

  private static String display(SessionState state) {
    String name = state.name().toLowerCase(java.util.Locale.ROOT);
    return switch (state) {
      case OPEN_SENT -> "OpenSent";
      case OPEN_CONFIRM -> "OpenConfirm";
      default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
    };
  }

  /** The first JSON line: where each instance listens and whom it accepts. */
  @JsonPropertyOrder({"event", "design", "instances", "notes"})
  record Started(String event, String design, List<Listening> instances,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {}

  /** One instance as served. */
  @JsonPropertyOrder({"instance", "listen", "nextHop", "asn", "routeLimit", "peers"})
  record Listening(String instance, String listen, String nextHop, long asn, long routeLimit, List<String> peers) {}

  /** One line per convergence with --watch. */
  @JsonPropertyOrder({"event", "sessions", "instances", "vmRoutes"})
  record View(String event, List<PeerView> sessions, List<InstanceRoutes> instances, List<VmRoute> vmRoutes) {}

  /** An instance's learned routes (from every peer) and the routes it advertises to each real router. */
  @JsonPropertyOrder({"instance", "learned", "advertised"})
  record InstanceRoutes(String instance, List<RouteView> learned, List<RouteView> advertised) {}

  /** A route learned from, or advertised to, {@code peer}; the AS path as show bgp prints it. */
  @JsonPropertyOrder({"peer", "prefix", "nextHop", "asPath"})
  record RouteView(String peer, String prefix, String nextHop, String asPath) {
    static RouteView of(String peer, io.arsim.core.bgp.BgpRoute route) {
      return new RouteView(peer, route.prefix().toString(), route.attributes().nextHop().toString(),
          route.attributes().asPath().toString());
    }
  }

  /** A real router's session with an instance, and its routes. */
  @JsonPropertyOrder({"instance", "peer", "state", "received", "accepted", "advertised"})
  record PeerView(String instance, String peer, String state, int received, int accepted, int advertised) {}

  /** A BGP route on a VM's NIC. */
  @JsonPropertyOrder({"vm", "prefix", "nextHop", "state"})
  record VmRoute(String vm, String prefix, String nextHop, String state) {}

  /** The last line. */
  @JsonPropertyOrder({"event", "detail"})
  record Stopped(String event, String detail) {}
}
