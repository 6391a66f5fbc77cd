/** Use cases over the registry: list and find legislatures, and synchronise the registry file into the database. */
package mx.parlamentoabierto.legislature.application;
