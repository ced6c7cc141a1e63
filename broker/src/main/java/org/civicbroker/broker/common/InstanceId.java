package org.civicbroker.broker.common;

import java.util.UUID;

/** The identity of this broker process, stamped on the events it emits. */
public final class InstanceId {
  public static final String VALUE = UUID.randomUUID().toString();

  private InstanceId() {}
}
