/**
 * JMH benchmarks of the engine and the generator of large designs they run on
 * (docs/performance.md). Not part of arsim's API.
 */
@NullMarked
package io.arsim.benchmarks;

import org.jspecify.annotations.NullMarked;
