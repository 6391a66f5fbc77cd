/** The pages of people at work ({@code /trabajo/*}): my work, answer form, review queue, reply, edition, audit. */
package mx.parlamentoabierto.evaluation.interfaces.web;
