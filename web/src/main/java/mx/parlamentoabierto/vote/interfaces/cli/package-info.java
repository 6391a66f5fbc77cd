/** {@code ./parlamento import popolo|votes} and {@code ./parlamento scrape}: send files to the running portal and report on each. */
package mx.parlamentoabierto.vote.interfaces.cli;
