package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
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
        "  arsim --plugins ./plugins plugins -f json",
        "",
        "Exit codes: 0 listed, 2 a plugin cannot be loaded (what loaded is listed, every",
        "problem too)."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class PluginsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin OutputOptions output;

  private final Provider<PolicyCatalog.Inventory> inventory;

  @Inject
  PluginsCommand(Provider<PolicyCatalog.Inventory> inventory) {
    this.inventory = inventory;
  }

  @Override
  public Integer call() {
    PrintWriter out = output.out();
    PolicyCatalog.Inventory found = inventory.get();
    List<LoadedProvider> providers = new ArrayList<>(found.providers().values());
    if (output.format() == OutputFormat.json) {
      out.print(Json.render(new View(providers.stream().map(p -> new PluginView(p.id(), p.version(),
          p.discovered().builtIn(), p.discovered().origin(), p.description(), p.documentation().orElse(null)))
          .toList())));
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

  /** {@code arsim plugins -f json} (docs/json.md). */
  record View(List<PluginView> plugins) {}

  /** One provider: id, version, whether built in, where it came from, what it does, its documentation if any. */
  @JsonPropertyOrder({"id", "version", "builtIn", "origin", "description", "documentation"})
  record PluginView(String id, String version, boolean builtIn, String origin, String description,
      @JsonInclude(JsonInclude.Include.NON_NULL) @org.jspecify.annotations.Nullable String documentation) {}
}
