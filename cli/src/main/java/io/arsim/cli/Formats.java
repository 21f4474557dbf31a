package io.arsim.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The output formats a command supports, its default first. {@link OutputOptions} lists exactly
 * these in the command's {@code --help} and completion, and rejects any other before the command
 * runs, naming only these. A command with {@link OutputOptions} but without this annotation takes
 * table, json, tsv and az and checks the format itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Formats {
  /** The formats, the default first. */
  OutputFormat[] value();
}
