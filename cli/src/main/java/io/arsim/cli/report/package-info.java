/**
 * The design-review report ({@code arsim report}, docs/report.md): a page model of records
 * ({@link io.arsim.cli.report.ReportPage}, its sections and blocks) and the writer of one
 * self-contained HTML file from it ({@link io.arsim.cli.report.HtmlReportWriter}). It knows nothing
 * of designs or the engine: the command fills the model.
 */
@NullMarked
package io.arsim.cli.report;

import org.jspecify.annotations.NullMarked;
