/**
 * The compliance dashboard: what the transparency law (LGTAIP 2025, Art. 65 and 68) obliges each legislature to
 * publish, as a versioned data file, and for each legislature and obligation a status computed from what the portal
 * holds — never set by hand. The same evidence rules give evaluators suggestions for methodology variables.
 */
package mx.parlamentoabierto.compliance;
