package org.civicbroker.model.entity;

import java.util.List;
import java.util.Objects;

/** A VocabProperty (clause 4.5.19): one or more vocabulary terms, held as expanded IRIs. */
public record VocabProperty(List<String> vocab, AttributeMeta meta) implements Attribute {
  public VocabProperty {
    vocab = List.copyOf(Objects.requireNonNull(vocab, "vocab"));
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.VOCAB_PROPERTY;
  }

  @Override
  public VocabProperty withMeta(AttributeMeta newMeta) {
    return new VocabProperty(vocab, newMeta);
  }
}
