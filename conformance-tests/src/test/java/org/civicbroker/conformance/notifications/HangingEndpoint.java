package org.civicbroker.conformance.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbroker.conformance.NotificationReceiver;

/**
 * A notification endpoint that accepts connections, reads the requests and never answers: the worst
 * endpoint a broker can meet (a dead server behind a live load balancer). Counts the requests whose
 * headers arrived.
 */
final class HangingEndpoint implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  private HangingEndpoint() throws IOException {
    server = new ServerSocket();
    server.bind(NotificationReceiver.bindAddress(0));
    acceptor = daemon(this::acceptAll);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "hanging-endpoint");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  static HangingEndpoint start() {
    try {
      return new HangingEndpoint();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String url(String path) {
    return NotificationReceiver.urlOn(server.getLocalPort(), path);
  }

  /** Requests received so far (each waits for an answer that never comes). */
  int requests() {
    return requests.get();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.add(socket);
        daemon(() -> readHeaders(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Reads until the end of the request headers, counts the request, and keeps the socket open. */
  private void readHeaders(Socket socket) {
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    int matched = 0;
    try (InputStream in = socket.getInputStream()) {
      int b;
      while ((b = in.read()) >= 0) {
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        if (matched == end.length) {
          requests.incrementAndGet();
          matched = 0;
        }
      }
    } catch (IOException closed) {
      // the broker gave up on the request, or the endpoint is closing
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : connections) {
      socket.close();
    }
    acceptor.interrupt();
  }
}
