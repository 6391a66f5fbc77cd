/**
 * Document, its type and status: RECEIVED → EXTRACTED → INDEXED, or FAILED with a reason, every change
 * kept in its history. Identical bytes are one document; new bytes at the same source URL are a new version.
 */
package mx.parlamentoabierto.document.domain;
