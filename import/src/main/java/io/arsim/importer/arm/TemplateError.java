package io.arsim.importer.arm;

/**
 * A template the evaluator cannot evaluate. Caught where the template is walked, turned into a
 * problem at the JSON pointer of the value being evaluated; never reaches the user as a trace.
 */
final class TemplateError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String fix;
  private final int offset;
  private String pointer;

  TemplateError(String code, String message, String fix) {
    this(code, message, fix, -1);
  }

  TemplateError(String code, String message, String fix, int offset) {
    super(message, null, false, false);
    this.code = code;
    this.fix = fix;
    this.offset = offset;
  }

  String code() {
    return code;
  }

  String fix() {
    return fix;
  }

  /** Where in the expression text the error is, or -1. */
  int offset() {
    return offset;
  }

  /** The JSON pointer of the value whose evaluation failed, once known. */
  String pointer() {
    return pointer;
  }

  /** Sets the pointer if none is set yet (the innermost value wins). */
  TemplateError at(String valuePointer) {
    if (pointer == null) {
      pointer = valuePointer;
    }
    return this;
  }

  /** The same error at an offset in the expression, unless it has one. */
  TemplateError withOffset(int at) {
    if (offset >= 0 || pointer != null) {
      return this;
    }
    TemplateError copy = new TemplateError(code, getMessage(), fix, at);
    copy.pointer = pointer;
    return copy;
  }
}
