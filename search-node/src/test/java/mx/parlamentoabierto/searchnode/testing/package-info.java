/**
 * JUnit support that gives integration tests the real Elasticsearch node, started once per test run.
 */
package mx.parlamentoabierto.searchnode.testing;
