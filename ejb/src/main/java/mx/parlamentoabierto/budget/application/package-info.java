/**
 * Budget use cases: reading the Cuenta Pública layout and the CSV template into figures (with every sum checked),
 * importing them whole or not at all, and the queries behind the pages, the API and the compliance dashboard.
 */
package mx.parlamentoabierto.budget.application;
