/** Popolo import and export, the directory's queries and matching a roll call's voters to persons. */
package mx.parlamentoabierto.legislator.application;
