/**
 * The application-events port: the facts other features react to (an answer changed, an edition moved, documents
 * waiting for the index, records imported, an account changed) are published here by the feature that caused them
 * and delivered once its unit of work commits — never on rollback. Observers are CDI observer methods on the
 * reacting feature's beans (caches, public pages' content versions, the search outbox's wake-up).
 *
 * <p>This is the seam the multi-instance deployment carries across instances. The table of events, who fires them
 * and who observes them is in docs/architecture.md; the decision in docs/decisions/0024-application-events.md.
 */
package mx.parlamentoabierto.platform.events;
