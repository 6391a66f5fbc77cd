package mx.parlamentoabierto.platform.events;

/** A fact of one feature that others may react to; each feature declares its own as records in its domain. */
public interface ApplicationEvent {
}
