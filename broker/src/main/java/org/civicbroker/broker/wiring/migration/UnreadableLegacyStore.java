package org.civicbroker.broker.wiring.migration;

/** The legacy store file, or a document in it, could not be read or mapped. */
final class UnreadableLegacyStore extends RuntimeException {
  UnreadableLegacyStore(String what, Throwable cause) {
    super(what + ": " + cause, cause);
  }
}
