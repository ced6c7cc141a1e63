package org.civicbroker.bench;

/** Bad command-line input; the message is meant for the person who typed it. */
public final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }
}
