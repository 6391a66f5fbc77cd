/**
 * Bounds on what one client, or all of them together, may ask of the portal at once: token buckets per key
 * (anonymous searches per client address, sign-in attempts) and concurrency gates (searches running at once).
 * Plain Java, in memory, per portal instance.
 */
package mx.parlamentoabierto.platform.throttling;
