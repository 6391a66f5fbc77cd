/**
 * Debates: a sitting's transcript as speeches attributed to the chamber's members (Popolo Speech), tied to the roll
 * calls of the same sitting. See docs/debates.md.
 */
package mx.parlamentoabierto.debate;
