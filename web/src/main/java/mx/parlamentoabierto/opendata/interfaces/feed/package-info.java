/** Atom feeds (RFC 4287) of what people follow: a legislature's new documents, a saved search, a legislator's votes, editions. */
package mx.parlamentoabierto.opendata.interfaces.feed;
