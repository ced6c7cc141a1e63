package org.civicbroker.broker.storage.embedded;

/**
 * A unit of work of the embedded store's single writer: reads what it needs (seeing the writes of
 * earlier tasks of the same group), checks its conditions (compare-and-set), and stages its writes.
 * Tasks run one after another on the writer thread and must be short and must not block; a task
 * that throws has none of its writes (nor its {@link WriteContext#afterCommit} actions) applied,
 * and the others of its group are unaffected.
 *
 * @param <T> the task's result, handed to its caller once the group is committed
 */
@FunctionalInterface
public interface WriteTask<T> {
  T apply(WriteContext context);
}
