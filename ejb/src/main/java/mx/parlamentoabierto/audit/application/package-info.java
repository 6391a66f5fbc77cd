/** Recording audit entries from application services (with the caller) and reading them back. */
package mx.parlamentoabierto.audit.application;
