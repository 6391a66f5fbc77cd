/**
 * Token filters that the embedded Elasticsearch node loads through the stable plugin API.
 *
 * <p>Elastic's integration-test distribution ships without the {@code analysis-common} module, so it lacks
 * {@code asciifolding} and {@code stemmer}. These factories provide both under the same names and
 * parameters a full Elasticsearch uses, backed by the same Lucene filters, so the index settings in
 * {@code config/elasticsearch/} work unchanged against a production cluster.
 */
package mx.parlamentoabierto.searchnode.analysis;
