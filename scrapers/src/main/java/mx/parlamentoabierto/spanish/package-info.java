/**
 * Spanish text as congresses print it, shared by the scrapers and the portal's domain (which must not import the
 * scrapers): helpers every Spanish-language jurisdiction shares: reading dates as congresses print them, classifying the words
 * of a roll call into vote options, the matching key of a person's name (accents, order, abbreviations), decoding
 * pages whose declared charset lies, and term numerals (62 ↔ LXII).
 */
package mx.parlamentoabierto.spanish;
