package mx.parlamentoabierto.vote.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** Roll calls of a legislature were stored, or its votes matched again to their legislators. */
public record RollCallsImported(String legislatureId) implements ApplicationEvent {
}
