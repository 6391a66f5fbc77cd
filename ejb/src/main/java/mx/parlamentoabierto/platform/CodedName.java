package mx.parlamentoabierto.platform;

/**
 * A value of a fixed list with a stable code (in URLs, data files and message keys) and its Spanish name: how the
 * pages name it in another language without knowing which feature's list it belongs to.
 */
public interface CodedName {

    String code();

    String spanishName();
}
