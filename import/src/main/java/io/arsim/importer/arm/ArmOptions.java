package io.arsim.importer.arm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How to evaluate a template.
 *
 * @param parameterFiles parameter files, applied in order (a later file's value wins): the
 *     deployment parameters file shape ({@code {"$schema": ..., "parameters": {"x": {"value": ...}}}})
 *     or a plain object ({@code {"x": ...}}); values are literal, as in ARM
 * @param parameters command-line values ({@code NAME=VALUE}), which win over files; a value is read
 *     as the parameter's declared type (a number for int, {@code true}/{@code false} for bool, JSON
 *     for array and object, the text itself for string)
 * @param deployment the placeholders for subscription, resource group, location and deployment name
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ArmOptions(List<Path> parameterFiles, Map<String, String> parameters, DeploymentContext deployment) {

  public ArmOptions {
    parameterFiles = List.copyOf(parameterFiles);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    Objects.requireNonNull(deployment, "deployment");
  }

  /** No parameter files or values, the default placeholders. */
  public static ArmOptions defaults() {
    return new ArmOptions(List.of(), Map.of(), DeploymentContext.defaults());
  }

  /** These options with one more parameter file. */
  public ArmOptions withParameterFile(Path file) {
    List<Path> files = new ArrayList<>(parameterFiles);
    files.add(file);
    return new ArmOptions(files, parameters, deployment);
  }

  /** These options with a command-line value for parameter {@code name}. */
  public ArmOptions withParameter(String name, String value) {
    Map<String, String> values = new LinkedHashMap<>(parameters);
    values.put(name, value);
    return new ArmOptions(parameterFiles, values, deployment);
  }

  /** These options with other deployment placeholders. */
  public ArmOptions withDeployment(DeploymentContext context) {
    return new ArmOptions(parameterFiles, parameters, context);
  }
}
