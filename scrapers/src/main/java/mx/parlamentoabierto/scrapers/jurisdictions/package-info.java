/**
 * One package per legislature (Open States' layout): the scrapers of its sources, registered in
 * {@code META-INF/services}, each with saved pages as test fixtures under the jurisdiction's test resources.
 */
package mx.parlamentoabierto.scrapers.jurisdictions;
