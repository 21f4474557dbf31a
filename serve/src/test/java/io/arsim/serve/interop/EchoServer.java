package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.server.BgpServer;
import io.arsim.serve.server.JsonLinesEventLog;
import io.arsim.serve.session.DownReason;
import io.arsim.serve.session.EchoBackend;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.RouteLimit;
import io.arsim.serve.session.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One route-server instance (AS 65515 on 127.0.0.1, a free port) with the echo backend, which
 * sends every peer {@link #ORIGINATED} as {@code [65515]} with next hop 192.0.2.4, writing its
 * event log to {@code events.jsonl} in the test's directory.
 */
final class EchoServer implements AutoCloseable {

  static final String INSTANCE = "ars/0";
  static final Ipv4Address ADDRESS = Ipv4Address.parse("127.0.0.1");
  /** The instance's address toward its peers (TEST-NET-1): FRR refuses loopback next hops as martians. */
  static final Ipv4Address ROUTER = Ipv4Address.parse("192.0.2.4");
  static final Ipv4Prefix ORIGINATED = Ipv4Prefix.parse("10.99.0.0/16");

  final EchoBackend echo;
  final BgpServer server;
  final int port;
  private final Writer log;

  private EchoServer(EchoBackend echo, BgpServer server, Writer log) {
    this.echo = echo;
    this.server = server;
    this.log = log;
    this.port = server.boundAddresses().get(INSTANCE).getPort();
  }

  static EchoServer start(Path directory, PeerConfig peer) {
    return start(directory, peer, RouteLimit.azure(4000), InstanceConfig.DEFAULT_ROUTE_LIMIT_IDLE_TIME);
  }

  static EchoServer start(Path directory, PeerConfig peer, RouteLimit limit, Duration idleTime) {
    BgpRoute originated = new BgpRoute(ORIGINATED, BgpRoute.LOCAL,
        PathAttributes.builder().asPath(AsPath.EMPTY).nextHop(ADDRESS).build());
    EchoBackend echo = new EchoBackend(List.of(originated));
    InstanceConfig config = InstanceConfig.builder(INSTANCE, ADDRESS, Asn.AZURE_ROUTE_SERVER).port(0)
        .routerAddress(ROUTER).peers(List.of(peer)).routeLimit(limit).routeLimitIdleTime(idleTime).build();
    try {
      Files.createDirectories(directory);
      Writer log = Files.newBufferedWriter(directory.resolve("events.jsonl"), StandardCharsets.UTF_8);
      Speaker speaker = Speaker.of(config, echo, new JsonLinesEventLog(log));
      return new EchoServer(echo, BgpServer.start(List.of(speaker), false, 1), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void awaitUp(String peer, Supplier<String> diagnostics) throws InterruptedException {
    assertThat(echo.await(() -> echo.isUp(INSTANCE, peer), 60_000))
        .as("the session with %s reaches Established within 60 s%n%s", peer, diagnostics.get()).isTrue();
  }

  BgpRoute awaitRoute(String peer, Ipv4Prefix prefix, Supplier<String> diagnostics) throws InterruptedException {
    assertThat(echo.await(() -> echo.received(INSTANCE, peer).containsKey(prefix), 60_000))
        .as("%s announces %s within 60 s%n%s", peer, prefix, diagnostics.get()).isTrue();
    return echo.received(INSTANCE, peer).get(prefix);
  }

  DownReason awaitDown(String peer, Supplier<String> diagnostics) throws InterruptedException {
    assertThat(echo.await(() -> !echo.isUp(INSTANCE, peer), 60_000))
        .as("the session with %s goes down within 60 s%n%s", peer, diagnostics.get()).isTrue();
    Optional<DownReason> reason = echo.lastDown(INSTANCE, peer);
    assertThat(reason).isPresent();
    return reason.get();
  }

  @Override
  public void close() {
    server.shutdown("test over", Duration.ofSeconds(5));
    try {
      log.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
