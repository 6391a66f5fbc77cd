/** Rankings and scorecards for an edition, computed from stored answers; answers recorded through here. */
package mx.parlamentoabierto.scoring.application;
