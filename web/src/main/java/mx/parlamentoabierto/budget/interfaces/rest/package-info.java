/** Budgets over HTTP: a body's years and lines (JSON and CSV), the bodies, and imports. */
package mx.parlamentoabierto.budget.interfaces.rest;
