package io.arsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A wrong option or argument: say what is wrong and how to get help, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("arsim: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
    return ExitCodes.BAD_INPUT;
  }
}
