/**
 * Starts and stops the embedded, real Elasticsearch node: unpacks Elastic's integration-test distribution,
 * installs the project's analysis plugin, writes a single-node configuration bound to 127.0.0.1, runs the
 * node as an unprivileged user when started as root, waits for cluster health and stops it cleanly.
 *
 * <p>Used by {@code ./parlamento run}, {@code ./parlamento test} and the integration tests, so every path
 * runs the same node the same way. It depends on nothing but the JDK.
 */
package mx.parlamentoabierto.searchnode.launcher;
