package mx.parlamentoabierto.scoring.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** An edition was created, moved through its cycle, made the portal's headline, revised or published. */
public record EditionChanged(String editionId, Change change) implements ApplicationEvent {

    public enum Change { CREATED, MOVED, HEADLINE, REVISED, PUBLISHED }
}
