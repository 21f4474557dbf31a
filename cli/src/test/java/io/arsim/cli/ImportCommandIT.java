package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arsim import} on the bundled samples (examples/import), as a user runs it: what the
 * written design holds, that {@code arsim validate} passes on it, that the three sources of one
 * deployment give one design, that reruns are byte-identical, and that bad input exits 2 naming
 * the file and the place.
 */
class ImportCommandIT {
  private static final Path ROOT = SchemaCommandTest.repositoryRoot();
  private static final String SAMPLES = ROOT.resolve("examples/import").toString();

  @TempDir Path dir;

  private static String[] withNvas(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--nva-config", "nva1=" + SAMPLES + "/nva1-frr.conf",
        "--nva-config", "nva2=" + SAMPLES + "/nva2-iosxe.cfg"));
    return all.toArray(String[]::new);
  }

  private CliRun.Result importArm(String... more) {
    List<String> args = new ArrayList<>(List.of("import", "arm", SAMPLES + "/hub-spoke.json", "--parameters",
        SAMPLES + "/hub-spoke.parameters.json"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void theArmSampleWithBothNvaConfigsImportsAndValidates() throws IOException {
    Path design = dir.resolve("design.yaml");
    CliRun.Result run = importArm(withNvas("-O", design.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String yaml = Files.readString(design);
    // The NVAs come from the configurations: ASN, the route server instances as neighbours with
    // ebgp-multihop 2 (FRR: through the peer group RS), the vendor profile, the route maps as policies.
    assertThat(yaml).contains("  - name: nva1\n    asn: 65001\n", "  - name: nva2\n    asn: 65002\n",
        "vendor: frr", "vendor: cisco-iosxe", "ebgpMultihop: 2", "exportPolicies: [nva1-TO-RS]",
        "exportPolicies: [nva2-TO-RS]", "importPolicies: [nva1-FROM-RS]", "dialect: cisco",
        "set: {nextHop: 10.1.1.100}", "asPathPrepend: [65002]", "networks: [0.0.0.0/0]", "loopbacks: [10.255.0.2]");
    // Gateways, circuit, branch and the internal load balancer come from the template.
    assertThat(yaml).contains("- {name: ergw-hub, virtualNetwork: hub, sku: ErGw1AZ}",
        "- {name: vpngw-hub, virtualNetwork: hub, activeActive: true}", "gateways: [ergw-hub]",
        "primaryPeerAddressPrefix: 192.168.100.0/30", "- name: er-circuit-onprem\n      asn: 65050",
        "- {vpnGateway: vpngw-hub, enableBgp: true, bgpPeeringAddress: 192.168.50.1}",
        "backendPool: [nva1-nic, nva2-nic]", "frontend: {subnet: hub/nva, privateIpAddress: 10.1.1.100}");
    // Comments name the source of each element: the resource id and the template's line, or the config line.
    assertThat(yaml).contains("# /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/arsim-import/"
        + "providers/Microsoft.Network/virtualNetworks/hub (");
    assertThat(yaml).containsPattern("# from .*nva1-frr.conf:\\d+\n  - name: nva1");
    // Notes and warnings go to standard error as file:place: message.
    assertThat(run.err()).contains("hub-spoke.json:").contains("[source-lacks]")
        .contains("nva1-frr.conf: warning: 1 line of BGP session options").doesNotContain("nva-config-missing");

    CliRun.Result validate = CliRun.run("validate", design.toString());
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("valid (0 errors, 0 warnings)");
  }

  @Test
  void aRouteServerPeerWithoutItsConfigurationIsNamedAndValidateListsIt() throws IOException {
    CliRun.Result run = importArm("--nva-config", "nva1=" + SAMPLES + "/nva1-frr.conf");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: virtualMachines[nva2]: VM nva2 peers with route server rs-hub (AS 65002)"
        + " from 10.1.1.5, but its router configuration was not given").contains("[nva-config-missing]");

    // Without gateways in the design, validate lists the route server's connection to the VM too.
    Path design = dir.resolve("design.yaml");
    Path tests = ROOT.resolve("import/src/test/resources/azure/arm");
    CliRun.Result noGateways = CliRun.run("import", "arm", tests.resolve("dual-homed.json").toString(),
        "--parameters", tests.resolve("dual-homed.parameters.json").toString(), "-O", design.toString());
    assertThat(noGateways.code()).as(noGateways.err()).isZero();
    assertThat(noGateways.err()).contains("virtualMachines[nva1]").contains("[nva-config-missing]");
    CliRun.Result validate = CliRun.run("validate", design.toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.err()).contains("routeServers[rs-spoke].bgpConnections[nva1].peerIp: route server \"rs-spoke\""
        + " peers with 10.1.1.4, which is no NVA NIC in this design").contains("one-sided-bgp");
  }

  @Test
  void theAzDumpAndTheTerraformStateOfTheDeploymentGiveTheSameDesign() {
    CliRun.Result az = CliRun.run(withNvas("import", "az", SAMPLES + "/az/resource-graph.json",
        SAMPLES + "/az/routeserver-peering-list.json", "--name", "hub-spoke"));
    CliRun.Result terraform = CliRun.run(withNvas("import", "terraform", SAMPLES + "/terraform-show.json",
        "--name", "hub-spoke"));

    assertThat(az.code()).as(az.err()).isZero();
    assertThat(terraform.code()).as(terraform.err()).isZero();
    assertThat(withoutComments(az.out())).isEqualTo(withoutComments(terraform.out()));
    // The deployed state knows the gateways' instance addresses (bgpSettings), which a template does not.
    assertThat(az.out()).contains("bgpPeeringAddresses: [10.1.254.4, 10.1.254.5]")
        .contains("bgpPeeringAddresses: [10.1.254.30, 10.1.254.29]");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    CliRun.Result first = importArm(withNvas());
    CliRun.Result second = importArm(withNvas());

    assertThat(first.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEqualTo(first.err());
  }

  @Test
  void anUnsupportedTemplateFunctionExitsTwoWithItsLineAndColumn() throws IOException {
    Path template = dir.resolve("bad.json");
    Files.writeString(template, "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
        + "deploymentTemplate.json#\",\n  \"resources\": [\n    {\n      \"type\": \"Microsoft.Network/virtualNetworks\",\n"
        + "      \"name\": \"[utcNow()]\",\n      \"properties\": {}\n    }\n  ]\n}\n");
    Path out = dir.resolve("out.yaml");

    CliRun.Result run = CliRun.run("import", "arm", template.toString(), "-O", out.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(template + ":6:").contains("utcNow").contains("unsupported-function");
    assertThat(out).doesNotExist();
  }

  @Test
  void aConfigurationForAVmTheSourceDoesNotHaveExitsTwoNamingTheKnownVms() {
    CliRun.Result run = importArm("--nva-config", "firewall=" + SAMPLES + "/nva1-frr.conf");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nva1-frr.conf: error: --nva-config firewall=").contains("no VM named firewall")
        .contains("nva1, nva2, vm-spoke");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingConfigurationFileOrAnUnknownVendorExitsTwo() throws IOException {
    CliRun.Result missing = importArm("--nva-config", "nva1=" + dir.resolve("nope.conf"));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.conf: error: --nva-config nva1=").contains("does not exist");

    Path plain = dir.resolve("plain.conf");
    Files.writeString(plain, "hostname nva1\n");
    CliRun.Result unknown = importArm("--nva-config", "nva1=" + plain);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("cannot tell whether").contains("--nva-vendor nva1=frr");

    CliRun.Result vendor = importArm("--nva-config", "nva1=" + plain, "--nva-vendor", "nva1=junos");
    assertThat(vendor.code()).isEqualTo(2);
    assertThat(vendor.err()).contains("--nva-vendor nva1=junos: the vendor is frr or cisco-iosxe");
  }

  @Test
  void aLineTheParserDoesNotUnderstandIsAWarningWithItsLine() throws IOException {
    Path config = dir.resolve("nva1.conf");
    Files.writeString(config, Files.readString(Path.of(SAMPLES, "nva1-frr.conf"))
        .replace(" neighbor RS ebgp-multihop 2\n", " neighbor RS ebgp-multihop 2\n neighbor RS frobnicate 7\n"));

    CliRun.Result run = importArm("--nva-config", "nva1=" + config);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(config + ":30: warning: \"neighbor RS frobnicate 7\" — not understood");
  }

  private static String withoutComments(String yaml) {
    return yaml.lines().filter(l -> !l.trim().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
  }
}
