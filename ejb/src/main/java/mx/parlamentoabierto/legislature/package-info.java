/** The legislatures evaluated: a registry with stable slug ids, loaded from config/legislatures and kept in the database. */
package mx.parlamentoabierto.legislature;
