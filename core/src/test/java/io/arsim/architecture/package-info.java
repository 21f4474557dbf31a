/**
 * The ArchUnit rules every arsim module checks (DESIGN.md "Rules", STYLE.md §7.16). They ship in
 * the {@code arsim-core} test-jar; each module's {@code ArchitectureTest} picks the rules that
 * apply to it. The {@code fixture} sub-packages hold deliberately broken classes that prove each
 * rule can fail.
 */
@NullMarked
package io.arsim.architecture;

import org.jspecify.annotations.NullMarked;
