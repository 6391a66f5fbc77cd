/** Importing transcripts (attribution to persons, the roll calls they announce) and reading debates and speeches. */
package mx.parlamentoabierto.debate.application;
