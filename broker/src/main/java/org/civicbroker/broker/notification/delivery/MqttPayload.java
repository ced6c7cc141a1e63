package org.civicbroker.broker.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.civicbroker.broker.notification.Notification;

/**
 * The MQTT message of a notification (GS CIM 009 clause 7.2): a JSON object of two members, {@code
 * metadata} (what HTTP would send as headers: {@code Content-Type}, {@code Link}, the {@code
 * receiverInfo} entries, as string key-value pairs) and {@code body} (the notification of clause
 * 5.3.1 itself, as a JSON value):
 *
 * <pre>{"metadata": {"Content-Type": "application/json", "Link": "...", ...}, "body": {...}}</pre>
 *
 * A body whose media type is not JSON (none is today) would be carried as a JSON string.
 */
public final class MqttPayload {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MqttPayload() {}

  public static byte[] of(Notification notification) {
    Map<String, String> metadata = HttpTransport.headers(notification);
    ByteArrayOutputStream out = new ByteArrayOutputStream(notification.body().length + 256);
    try {
      out.writeBytes("{\"metadata\":".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(MAPPER.writeValueAsBytes(metadata));
      out.writeBytes(",\"body\":".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(body(notification));
      out.write('}');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write MQTT metadata", e);
    }
    return out.toByteArray();
  }

  private static byte[] body(Notification notification) throws JsonProcessingException {
    String type = notification.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return notification.body();
    }
    return MAPPER.writeValueAsBytes(new String(notification.body(), StandardCharsets.UTF_8));
  }
}
