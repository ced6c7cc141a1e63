package org.civicbroker.broker.entity.store.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.storage.embedded.Column;
import org.civicbroker.broker.storage.embedded.Cursor;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.Keys;

/**
 * The symbol table of the embedded store's entity records, persisted in {@link Column#SYMBOLS}:
 * loaded at start, and each new symbol written (durably, at once) before the first record that uses
 * it is encoded, so every stored record can be decoded after a crash.
 */
public final class EmbeddedSymbols {
  private EmbeddedSymbols() {}

  public static MemorySymbolTable load(EmbeddedStorage storage) {
    MemorySymbolTable table =
        new MemorySymbolTable(
            (id, name) ->
                storage.putNow(
                    Column.SYMBOLS, Keys.int32(id), name.getBytes(StandardCharsets.UTF_8)));
    try (Cursor cursor = storage.scan(Column.SYMBOLS, new byte[0])) {
      while (cursor.hasNext()) {
        Cursor.Entry e = cursor.next();
        table.restore(
            ByteBuffer.wrap(e.key()).getInt(), new String(e.value(), StandardCharsets.UTF_8));
      }
    }
    return table;
  }
}
