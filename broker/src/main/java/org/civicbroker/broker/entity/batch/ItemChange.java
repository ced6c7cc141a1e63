package org.civicbroker.broker.entity.batch;

import java.time.Instant;
import org.civicbroker.model.entity.Entity;

/**
 * What one item of a batch does to the state of its entity, as a pure function: the batch folds the
 * items of one entity id over its stored state in array order (GS CIM 009 clause 5.5.11), and folds
 * them again after a lost compare-and-set race.
 */
@FunctionalInterface
public interface ItemChange {

  /**
   * @param current the entity before this item (null: it does not exist)
   * @param now the time of the write
   * @return the step this item makes
   * @throws org.civicbroker.model.error.NgsiLdException when the item cannot apply (it then changes
   *     nothing and is reported in the batch's errors)
   */
  Step apply(Entity current, Instant now);
}
