/**
 * The archive's use cases — receiving uploads ({@code DocumentIngestion}), relaying the search outbox,
 * rebuilding the index, reading documents — and the ports they need at the edges: {@code TextExtractor}
 * (Tika) and {@code FileStore} (the original bytes).
 */
package mx.parlamentoabierto.document.application;
