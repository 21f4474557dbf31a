package io.arsim.cli;

import picocli.CommandLine.Command;

/**
 * {@code arsim import arm|az|terraform}: writes a topology file from what a user already has
 * (docs/import.md). The subcommands do the work; this one only groups them.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a topology file from an ARM template, az dumps or Terraform JSON.",
        "Reads the Azure resources of the source (VNets, subnets, peerings, route tables, NICs, VMs, "
            + "route servers, gateways, connections, ExpressRoute circuits, local network gateways, internal load "
            + "balancers) and, with --nva-config NAME=FILE, the FRR or Cisco IOS-XE configuration of each NVA; "
            + "writes the design as YAML with a comment naming the source of every element. Notes and warnings "
            + "go to standard error as file:place: message."
    },
    subcommands = {ImportArmCommand.class, ImportAzCommand.class, ImportTerraformCommand.class},
    footer = {
        "",
        "Examples:",
        "  arsim import arm examples/import/hub-spoke.json \\",
        "      --parameters examples/import/hub-spoke.parameters.json \\",
        "      --nva-config nva1=examples/import/nva1-frr.conf -O design.yaml",
        "  arsim import az examples/import/az/*.json",
        "  arsim import terraform examples/import/terraform-show.json",
        "",
        "Exit codes: 0 written, 2 bad input (nothing written)."
    })
final class ImportCommand {}
