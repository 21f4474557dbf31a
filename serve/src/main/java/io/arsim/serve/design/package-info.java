/**
 * The engine behind an emulated route server: a converged design whose external NVAs are the real
 * routers on the wire ({@link io.arsim.serve.design.DesignBackend}), and the instances and peers a
 * design's route servers give the server ({@link io.arsim.serve.design.ServedInstances}).
 */
@NullMarked
package io.arsim.serve.design;

import org.jspecify.annotations.NullMarked;
