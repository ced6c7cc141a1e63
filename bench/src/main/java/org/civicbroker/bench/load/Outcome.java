package org.civicbroker.bench.load;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.civicbroker.bench.http.HttpResult;

/**
 * What became of one request.
 *
 * @param status HTTP status, 0 when no answer came
 * @param failure short name of the transport failure, or null when an answer came
 * @param items how many entities the request carried (for batch throughput), 0 otherwise
 */
public record Outcome(int status, String failure, int items) {

  public static Outcome of(HttpResult result) {
    return new Outcome(result.status(), null, 0);
  }

  public static Outcome of(HttpResult result, int items) {
    return new Outcome(result.status(), null, items);
  }

  public static Outcome failed(Throwable error) {
    return new Outcome(0, failureName(error), 0);
  }

  /** A 2xx answer other than 207 Multi-Status. */
  public boolean ok() {
    return failure == null && status >= 200 && status < 300 && status != 207;
  }

  /** The key under which errors are counted: the status code or the failure name. */
  public String label() {
    return failure != null ? failure : String.valueOf(status);
  }

  private static String failureName(Throwable error) {
    if (error instanceof TimeoutException || error instanceof ConnectTimeoutException) {
      return "timeout";
    }
    if (error instanceof ConnectException) {
      return "connect-refused";
    }
    if (error instanceof HttpClosedException) {
      return "connection-closed";
    }
    String msg = String.valueOf(error.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return msg.contains("timeout") ? "timeout" : "io-" + error.getClass().getSimpleName();
  }
}
