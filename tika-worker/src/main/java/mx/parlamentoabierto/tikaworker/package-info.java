/**
 * The extraction worker process: Apache Tika in its own JVM, driven over stdin/stdout by the portal's
 * {@code TikaWorkerExtractor}. One request per line, one answer per line; text and metadata are written
 * to files in a directory the portal chooses. Untrusted bytes are parsed only here.
 */
package mx.parlamentoabierto.tikaworker;
