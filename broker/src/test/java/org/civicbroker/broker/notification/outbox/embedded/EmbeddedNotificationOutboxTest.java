package org.civicbroker.broker.notification.outbox.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.NotificationOutboxContract;
import org.civicbroker.broker.storage.TestEmbedded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The outbox contract on the embedded store, in a fresh data directory for each test. */
class EmbeddedNotificationOutboxTest implements NotificationOutboxContract {
  @TempDir Path directory;
  private TestEmbedded embedded;

  @BeforeEach
  void open() {
    embedded = TestEmbedded.open(directory);
  }

  @AfterEach
  void close() {
    embedded.close();
  }

  @Override
  public NotificationOutbox outbox() {
    return embedded.outbox();
  }
}
