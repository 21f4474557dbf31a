/**
 * The built-in speakers of the engine: Azure Route Server instances and NVAs.
 */
@NullMarked
package io.arsim.engine.speaker;

import org.jspecify.annotations.NullMarked;
