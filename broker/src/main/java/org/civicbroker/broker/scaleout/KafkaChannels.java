package org.civicbroker.broker.scaleout;

/**
 * The Kafka channels of the change events (configured in {@code application.properties}, enabled
 * only when {@code broker.events.transport=kafka}).
 */
public final class KafkaChannels {
  /** This instance's entity changes, to the entity topic, keyed by entity id. */
  public static final String ENTITY_OUT = "entity-changes-kafka-out";

  /** The entity topic in the consumer group shared by all instances: each change to one. */
  public static final String ENTITY_MATCHER = "entity-changes-kafka-matcher";

  /** The entity topic in a consumer group of this instance alone: every change. */
  public static final String ENTITY_REPLICA = "entity-changes-kafka-replica";

  /** This instance's subscription changes, to the subscription topic, keyed by subscription id. */
  public static final String SUBSCRIPTION_OUT = "subscription-changes-kafka-out";

  /** The subscription topic in a consumer group of this instance alone: every change. */
  public static final String SUBSCRIPTION_REPLICA = "subscription-changes-kafka-replica";

  private KafkaChannels() {}
}
