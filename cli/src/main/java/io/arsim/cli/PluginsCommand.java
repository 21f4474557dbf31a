package io.arsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.policy.catalog.DiscoveredProvider;
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

/** {@code arsim plugins}: lists the routing-policy providers found, built-in and from jars. */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the routing-policy providers arsim found: id, version, where it came from, description.",
        "A topology file activates one by naming its id as a policy's `type` (docs/plugins.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim plugins",
        "  arsim --plugins ./plugins plugins --output json",
        "",
        "Exit codes: 0 listed, 2 a plugin cannot be loaded (every problem is listed)."
    })
final class PluginsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  OutputFormat output;

  private final Provider<PolicyCatalog> catalog;

  @Inject
  PluginsCommand(Provider<PolicyCatalog> catalog) {
    this.catalog = catalog;
  }

  @Override
  public Integer call() {
    output.requireTableOrJson("plugins");
    PrintWriter out = spec.commandLine().getOut();
    List<DiscoveredProvider> providers = new ArrayList<>(catalog.get().providers().values());
    if (output == OutputFormat.json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ArrayNode list = root.putArray("plugins");
      for (DiscoveredProvider p : providers) {
        ObjectNode node = list.addObject();
        node.put("id", p.provider().id());
        node.put("version", p.provider().version());
        node.put("builtIn", p.builtIn());
        node.put("origin", p.origin());
        node.put("description", p.provider().description());
        p.provider().documentation().ifPresent(d -> node.put("documentation", d));
      }
      try {
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return ExitCodes.OK;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "VERSION", "FROM", "DESCRIPTION"});
    for (DiscoveredProvider p : providers) {
      rows.add(new String[] {p.provider().id(), p.provider().version(), p.displayOrigin(), p.provider().description()});
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
    return ExitCodes.OK;
  }
}
