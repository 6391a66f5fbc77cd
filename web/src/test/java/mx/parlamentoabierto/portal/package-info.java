/**
 * Integration tests of the deployed portal on Payara Micro (Arquillian), the real node and H2.
 */
package mx.parlamentoabierto.portal;
