/**
 * Budgets: what each legislative body was approved and spent, by year, stage (approved, modified, accrued, paid),
 * economic class and programme, imported from the finance ministry's Cuenta Pública spreadsheets or a documented CSV,
 * validated (children add up to their parents) and linked to the archived source file.
 */
package mx.parlamentoabierto.budget;
