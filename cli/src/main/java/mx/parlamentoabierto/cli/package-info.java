/**
 * The {@code ./parlamento} commands that work against a running portal — {@code ingest}, {@code users add},
 * {@code import popolo|votes|budget}, {@code scrape}, {@code export} — and {@code scrape --list}, which reads the
 * scrapers' declarations without a portal. A process of its own (the operator's shell), so a module of its own: one
 * HTTP helper ({@link mx.parlamentoabierto.cli.PortalHttp}), the portal's answers read with Jackson, the commands'
 * texts in Spanish as the operators read them.
 */
package mx.parlamentoabierto.cli;
