package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.net.Ipv4Prefix;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code arsim serve} as a user runs it (the jar {@code mvn package} builds, in its own JVM) with
 * FRR as nva1 of examples/serve-s1-external-nva.yaml: FRR's own CLI shows the route server's
 * routes, the command's --watch view shows FRR's route on the spoke VM, and SIGTERM (the shutdown hook
 * Ctrl-C runs too) ends the sessions with Cease / Administrative Shutdown.
 */
class ServeCommandIT {

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("cli"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void serveWithFrrAsNva1ShowsBothSidesAndStopsWithCease() throws Exception {
    Installed.require("FRR", "frr", FrrInteropIT.BGPD, FrrInteropIT.VTYSH);
    Path root = root();
    Path jar = root.resolve("cli/target/arsim.jar");
    assertThat(jar).as("mvn package builds the jar before failsafe runs").exists();
    Path directory = Interop.cleanDirectory("serve-command");
    int in0 = freePort();
    int in1 = freePort();
    Path stdout = directory.resolve("serve.out");
    Path stderr = directory.resolve("serve.err");
    Path events = directory.resolve("events.jsonl");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "serve", "examples/serve-s1-external-nva.yaml", "--route-server", "rs-spoke",
        "--listen", "127.0.1.1:" + in0, "--listen", "127.0.1.2:" + in1, "--peer", "nva1=127.0.0.2",
        "--event-log", events.toString(), "--watch", "-f", "json"));
    Process serve = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    ObjectMapper json = new ObjectMapper();
    try (DaemonProcess bgpd = DesignFrrInteropIT.startNva1(directory, in0, in1,
        List.of(Ipv4Prefix.parse("172.16.0.0/12")))) {
      AtomicReference<String> last = new AtomicReference<>("");
      List<String> vnet = Poll.until("10.0.0.0/16 from both instances in FRR", Duration.ofSeconds(90), () -> {
        List<String> paths = DesignFrrInteropIT.frrPaths(directory, Ipv4Prefix.parse("10.0.0.0/16"), last);
        return paths.size() == 2 ? Optional.of(paths) : Optional.empty();
      }, () -> last.get() + "\n" + bgpd.output() + "\n" + read(stdout) + read(stderr));
      assertThat(vnet).containsExactly("[65515] via 10.0.255.4", "[65515] via 10.0.255.5");

      // The --watch view (-f json: one object per line) shows FRR's route on vm-spoke via nva1's NIC.
      JsonNode view = Poll.until("FRR's route in the --watch view", Duration.ofSeconds(60), () -> {
        for (String line : read(stdout).split("\n")) {
          JsonNode node = parse(json, line);
          if (node != null && "converged".equals(node.path("event").asText())) {
            for (JsonNode route : node.path("vmRoutes")) {
              if (route.path("prefix").asText().equals("172.16.0.0/12")) {
                return Optional.of(node);
              }
            }
          }
        }
        return Optional.empty();
      }, () -> read(stdout) + read(stderr));
      assertThat(view.path("vmRoutes").toString())
          .contains("{\"vm\":\"vm-spoke\",\"prefix\":\"172.16.0.0/12\",\"nextHop\":\"10.1.1.4\",\"state\":\"Active\"}");
      assertThat(view.path("sessions").toString()).contains("\"state\":\"Established\"");
      // Per instance: what it learned (FRR's route, nva1's NIC as next hop) and what it sends FRR.
      JsonNode instance0 = view.path("instances").get(0);
      assertThat(instance0.path("instance").asText()).isEqualTo("rs-spoke/IN_0");
      assertThat(instance0.path("learned").toString()).contains(
          "{\"peer\":\"nva1\",\"prefix\":\"172.16.0.0/12\",\"nextHop\":\"10.1.1.4\",\"asPath\":\"65001\"}");
      assertThat(instance0.path("advertised").toString()).contains(
          "{\"peer\":\"nva1\",\"prefix\":\"10.0.0.0/16\",\"nextHop\":\"10.0.255.4\",\"asPath\":\"65515\"}");
      JsonNode first = parse(json, read(stdout).split("\n")[0]);
      assertThat(first).isNotNull();
      assertThat(first.path("event").asText()).isEqualTo("listening");
      assertThat(first.path("instances").get(0).path("nextHop").asText()).isEqualTo("10.0.255.4");

      // SIGTERM runs the shutdown hook Ctrl-C runs: Cease / Administrative Shutdown to FRR.
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("arsim serve stops").isTrue();
      // A JVM ended by a signal exits with 128 + the signal, after its shutdown hooks: 143 for SIGTERM.
      assertThat(serve.exitValue()).as(read(stderr)).isEqualTo(143);
      assertThat(read(stderr)).as("nothing went wrong on the way down").isEmpty();
      String reason = Poll.until("FRR told of the shutdown", Duration.ofSeconds(30), () -> {
        String answer = FrrInteropIT.vtysh(directory, "show bgp neighbors 127.0.1.1 json");
        JsonNode neighbor = parse(json, answer);
        String text = neighbor == null ? "" : neighbor.path("127.0.1.1").path("lastNotificationReason").asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      }, bgpd::output);
      assertThat(reason).startsWith("Cease/Administrative Shutdown");
      String[] lines = read(stdout).split("\n");
      assertThat(parse(json, lines[lines.length - 1]).path("event").asText()).isEqualTo("stopped");
      assertThat(read(events)).contains("\"to\":\"Established\"", "\"event\":\"update-received\"");
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void withoutAPortTheInstancesTakePort179WhenItCanBeBoundAnd1179Otherwise() throws Exception {
    Path root = root();
    Path jar = root.resolve("cli/target/arsim.jar");
    assertThat(jar).as("mvn package builds the jar before failsafe runs").exists();
    Path directory = Interop.cleanDirectory("serve-command-ports");
    // 179 held on 127.0.3.1 (as root; otherwise the process may not bind it at all): 1179, and said so.
    ServerSocket held = null;
    try {
      try {
        held = new ServerSocket(179, 1, java.net.InetAddress.getByName("127.0.3.1"));
      } catch (IOException e) {
        held = null; // not root: arsim serve cannot bind 179 either
      }
      JsonNode fallback = listening(root, jar, directory.resolve("fallback.out"), "127.0.3.1", "127.0.3.2");
      assertThat(fallback.path("instances").get(0).path("listen").asText()).isEqualTo("127.0.3.1:1179");
      assertThat(fallback.path("instances").get(1).path("listen").asText()).isEqualTo("127.0.3.2:1179");
      assertThat(fallback.path("notes").get(0).asText()).startsWith("Port 179 cannot be used here (")
          .endsWith("listen on 1179; configure the routers' neighbours with that port.");
    } finally {
      if (held != null) {
        held.close();
      }
    }
    boolean mayBind179;
    try (ServerSocket probe = new ServerSocket(179, 1, java.net.InetAddress.getByName("127.0.3.3"))) {
      mayBind179 = probe.isBound();
    } catch (IOException e) {
      mayBind179 = false;
    }
    if (mayBind179) {
      JsonNode bgp = listening(root, jar, directory.resolve("bgp.out"), "127.0.3.3", "127.0.3.4");
      assertThat(bgp.path("instances").get(0).path("listen").asText()).isEqualTo("127.0.3.3:179");
      assertThat(bgp.path("instances").get(1).path("listen").asText()).isEqualTo("127.0.3.4:179");
      assertThat(bgp.has("notes")).isFalse();
    }
  }

  /** Starts arsim serve listening on the two addresses without a port, returns its first line, stops it. */
  private static JsonNode listening(Path root, Path jar, Path stdout, String in0, String in1) throws Exception {
    Path stderr = Path.of(stdout + ".err");
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "serve", "examples/serve-s1-external-nva.yaml", "--route-server", "rs-spoke",
        "--listen", in0, "--listen", in1, "--peer", "nva1=127.0.0.2", "-f", "json").directory(root.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    ObjectMapper json = new ObjectMapper();
    try {
      return Poll.until("the listening line", Duration.ofSeconds(60), () -> {
        String first = read(stdout).split("\n")[0];
        JsonNode node = first.endsWith("}") ? parse(json, first) : null;
        return node == null ? Optional.empty() : Optional.of(node);
      }, () -> read(stdout) + read(stderr));
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("arsim serve stops").isTrue();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static JsonNode parse(ObjectMapper json, String text) {
    try {
      return text.isBlank() ? null : json.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
