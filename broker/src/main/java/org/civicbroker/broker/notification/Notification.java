package org.civicbroker.broker.notification;

import java.time.Instant;
import java.util.Map;
import org.civicbroker.model.id.Tenant;

/**
 * One notification, fully rendered, ready to deliver: the body bytes (the Notification data type of
 * clause 5.3.1, already compacted with the subscription's context), its content type and the extra
 * headers (e.g. {@code Link}, and {@code receiverInfo} entries).
 *
 * @param id the notification's id ({@code urn:ngsi-ld:Notification:...}), also the outbox key
 * @param tenant the subscription's tenant
 * @param subscriptionId the subscription that matched
 * @param endpoint where to deliver
 * @param body the payload bytes
 * @param contentType e.g. {@code application/json}
 * @param headers extra headers to send with it
 * @param notifiedAt the time in the body's {@code notifiedAt}
 */
public record Notification(
    String id,
    Tenant tenant,
    String subscriptionId,
    Endpoint endpoint,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    Instant notifiedAt) {
  public Notification {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
