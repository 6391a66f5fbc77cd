/** REST endpoints of the evaluation cycle under {@code /api/editions/{id}/…}, and the views they answer with. */
package mx.parlamentoabierto.evaluation.interfaces.rest;
