/**
 * The archive's adapters: the Tika worker supervisor (a bounded pool of worker processes with timeouts, memory
 * caps and restarts, run in a sandbox without the portal's environment and, under root, as an unprivileged
 * user), the file store on disk, the JPA document repository and the wiring of the pipeline.
 */
package mx.parlamentoabierto.document.infrastructure;
