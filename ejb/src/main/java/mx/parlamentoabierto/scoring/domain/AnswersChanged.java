package mx.parlamentoabierto.scoring.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** Answers of an edition were written (saved, reviewed, changed by an objection, corrected in a revision). */
public record AnswersChanged(String editionId) implements ApplicationEvent {
}
