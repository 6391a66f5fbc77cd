/**
 * The extraction worker's protocol, one line each way over the process's standard input and output: the portal asks
 * {@code COMMAND id input output}; the worker answers {@code READY} once, then {@code OK id count truncated extra} or
 * {@code FAIL id reason} per request. Outputs are files in the request's directory. Defined here once, used by the
 * worker ({@code tika-worker}) and the portal ({@code document.infrastructure.TikaWorkerExtractor}).
 */
package mx.parlamentoabierto.tikaprotocol;
