package org.civicbroker.broker.notification.delivery;

/** Short descriptions of delivery failures, for subscription status and logs. */
final class Failures {
  private Failures() {}

  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
