/**
 * The demonstration edition: deterministic, clearly flagged answers for every legislature so a fresh
 * install shows a working ranking. Generated only when {@code parlamento.demo.enabled} is true and the
 * edition does not exist yet; always marked {@code demo} in the API and with a banner in the UI.
 */
package mx.parlamentoabierto.demo;
