package io.arsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.catalog.LoadedProvider;
import io.arsim.policy.catalog.PluginException;
import io.arsim.policy.catalog.PolicyCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arsim plugins}: lists the routing-policy providers found, built-in and from jars, and
 * every one that could not be loaded: one plugin's problem does not hide the others.
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the routing-policy providers arsim found: id, version, where it came from, description.",
        "A topology file activates one by naming its id as a policy's `type` (docs/plugins.md). Providers and"
            + " jars that cannot be loaded are listed on standard error, each with the reason."
    },
    footer = {
        "",
        "Examples:",
        "  arsim plugins",
        "  arsim --plugins ./plugins plugins --output json",
        "",
        "Exit codes: 0 listed, 2 a plugin cannot be loaded (what loaded is listed, every problem too)."
    })
final class PluginsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  OutputFormat output;

  private final Provider<PolicyCatalog.Inventory> inventory;

  @Inject
  PluginsCommand(Provider<PolicyCatalog.Inventory> inventory) {
    this.inventory = inventory;
  }

  @Override
  public Integer call() {
    output.requireTableOrJson("plugins");
    PrintWriter out = spec.commandLine().getOut();
    PolicyCatalog.Inventory found = inventory.get();
    List<LoadedProvider> providers = new ArrayList<>(found.providers().values());
    if (output == OutputFormat.json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ArrayNode list = root.putArray("plugins");
      for (LoadedProvider p : providers) {
        ObjectNode node = list.addObject();
        node.put("id", p.id());
        node.put("version", p.version());
        node.put("builtIn", p.discovered().builtIn());
        node.put("origin", p.discovered().origin());
        node.put("description", p.description());
        p.documentation().ifPresent(d -> node.put("documentation", d));
      }
      try {
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return problems(found);
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "VERSION", "FROM", "DESCRIPTION"});
    for (LoadedProvider p : providers) {
      rows.add(new String[] {p.id(), p.version(), p.discovered().displayOrigin(), p.description()});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[3]).toString().stripTrailing());
    }
    if (!found.unused().isEmpty()) {
      out.println();
      out.println("Not used (--prefer-plugin chose another jar for the same id):");
      for (DiscoveredProvider p : found.unused()) {
        out.println("  " + p.provider().getClass().getName() + " in " + p.displayOrigin());
      }
    }
    return problems(found);
  }

  /** Every loading problem on standard error, after the list; exit 2 when there is one. */
  private int problems(PolicyCatalog.Inventory found) {
    if (found.problems().isEmpty()) {
      return ExitCodes.OK;
    }
    spec.commandLine().getErr().println(new PluginException(found.problems()).getMessage());
    return ExitCodes.BAD_INPUT;
  }
}
