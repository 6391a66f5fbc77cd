/** Dashboards of one or every legislature, and suggestions for evaluators' answers. */
package mx.parlamentoabierto.compliance.application;
