package org.civicbroker.bench.http;

import io.vertx.core.buffer.Buffer;

/**
 * One HTTP answer.
 *
 * @param status the HTTP status code
 * @param body the response body, empty when there was none
 * @param location the Location header, or null
 */
public record HttpResult(int status, Buffer body, String location) {

  /** True for 2xx answers other than 207 Multi-Status (which reports partial failure). */
  public boolean ok() {
    return status >= 200 && status < 300 && status != 207;
  }

  /** The body as text, cut to {@code max} characters for messages. */
  public String bodySnippet(int max) {
    String text = body == null ? "" : body.toString().replaceAll("\\s+", " ").trim();
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
