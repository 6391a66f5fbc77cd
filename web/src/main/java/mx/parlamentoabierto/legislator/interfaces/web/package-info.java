/** The public legislator pages: the directory with "find your representative", and each legislator's profile and votes. */
package mx.parlamentoabierto.legislator.interfaces.web;
