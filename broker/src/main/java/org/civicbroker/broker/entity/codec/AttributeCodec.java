package org.civicbroker.broker.entity.codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;

/**
 * Attributes: a count, then per name its symbol and its instances. At the top level each name's
 * instances are preceded by their byte length, so that a partial decode skips them unread.
 *
 * <p>An instance is a head byte (kind in bits 0-2; bits 3-7 flag datasetId, observedAt, unitCode,
 * createdAt, modifiedAt), the flagged fields, the sub-attributes (no lengths), then the value.
 */
final class AttributeCodec {
  private static final int KIND_MASK = 0x07;
  private static final int DATASET_ID = 0x08;
  private static final int OBSERVED_AT = 0x10;
  private static final int UNIT_CODE = 0x20;
  private static final int CREATED_AT = 0x40;
  private static final int MODIFIED_AT = 0x80;
  private static final int META_FLAGS = 0xF8;

  private final SymbolTable symbols;

  AttributeCodec(SymbolTable symbols) {
    this.symbols = symbols;
  }

  void writeAttributes(Attributes attributes, ByteWriter out) {
    out.writeVarInt(attributes.size());
    for (Map.Entry<String, List<Attribute>> entry : attributes.asMap().entrySet()) {
      out.writeVarInt(symbols.id(entry.getKey()));
      int mark = out.beginLength();
      writeInstances(entry.getValue(), out);
      out.endLength(mark);
    }
  }

  /**
   * Reads the attributes written by {@link #writeAttributes}; with {@code wanted} not null, only
   * those whose symbol is in it, skipping the others.
   */
  Attributes readAttributes(ByteReader in, BitSet wanted) {
    int count = in.readCount();
    Map<String, List<Attribute>> map = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int symbol = in.readVarInt();
      int length = in.readCount();
      if (wanted != null && (symbol < 0 || !wanted.get(symbol))) {
        in.skip(length);
        continue;
      }
      int end = in.position() + length;
      map.put(symbols.name(symbol), readInstances(in));
      if (in.position() != end) {
        throw in.corrupt("attribute length " + length + " does not match its content");
      }
    }
    return Attributes.of(map);
  }

  private void writeSubAttributes(Attributes attributes, ByteWriter out) {
    out.writeVarInt(attributes.size());
    for (Map.Entry<String, List<Attribute>> entry : attributes.asMap().entrySet()) {
      out.writeVarInt(symbols.id(entry.getKey()));
      writeInstances(entry.getValue(), out);
    }
  }

  private Attributes readSubAttributes(ByteReader in) {
    int count = in.readCount();
    if (count == 0) {
      return Attributes.EMPTY;
    }
    Map<String, List<Attribute>> map = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = symbols.name(in.readVarInt());
      map.put(name, readInstances(in));
    }
    return Attributes.of(map);
  }

  private void writeInstances(List<Attribute> instances, ByteWriter out) {
    out.writeVarInt(instances.size());
    for (Attribute instance : instances) {
      writeInstance(instance, out);
    }
  }

  private List<Attribute> readInstances(ByteReader in) {
    int count = in.readCount();
    if (count == 1) {
      return List.of(readInstance(in));
    }
    Attribute[] instances = new Attribute[count];
    for (int i = 0; i < count; i++) {
      instances[i] = readInstance(in);
    }
    return List.of(instances);
  }

  private void writeInstance(Attribute attribute, ByteWriter out) {
    AttributeMeta meta = attribute.meta();
    out.writeByte(kind(attribute) | metaFlags(meta));
    writeIfPresent(meta.datasetId(), out);
    writeIfPresent(meta.observedAt(), out);
    writeIfPresent(meta.unitCode(), out);
    writeIfPresent(meta.createdAt(), out);
    writeIfPresent(meta.modifiedAt(), out);
    writeSubAttributes(meta.subAttributes(), out);
    writeValue(attribute, out);
  }

  private Attribute readInstance(ByteReader in) {
    int head = in.readByte();
    AttributeMeta meta = readMeta(head, in);
    return readValue(head & KIND_MASK, meta, in);
  }

  private static int metaFlags(AttributeMeta meta) {
    return (meta.datasetId() == null ? 0 : DATASET_ID)
        | (meta.observedAt() == null ? 0 : OBSERVED_AT)
        | (meta.unitCode() == null ? 0 : UNIT_CODE)
        | (meta.createdAt() == null ? 0 : CREATED_AT)
        | (meta.modifiedAt() == null ? 0 : MODIFIED_AT);
  }

  private AttributeMeta readMeta(int head, ByteReader in) {
    String datasetId = (head & DATASET_ID) == 0 ? null : in.readString();
    Instant observedAt = (head & OBSERVED_AT) == 0 ? null : in.readInstant();
    String unitCode = (head & UNIT_CODE) == 0 ? null : in.readString();
    Instant createdAt = (head & CREATED_AT) == 0 ? null : in.readInstant();
    Instant modifiedAt = (head & MODIFIED_AT) == 0 ? null : in.readInstant();
    Attributes subAttributes = readSubAttributes(in);
    if ((head & META_FLAGS) == 0 && subAttributes.isEmpty()) {
      return AttributeMeta.EMPTY;
    }
    return new AttributeMeta(datasetId, observedAt, unitCode, createdAt, modifiedAt, subAttributes);
  }

  /** The kind codes are part of the format: never renumber them. */
  private static int kind(Attribute attribute) {
    return switch (attribute.type()) {
      case PROPERTY -> 0;
      case RELATIONSHIP -> 1;
      case GEO_PROPERTY -> 2;
      case LANGUAGE_PROPERTY -> 3;
      case VOCAB_PROPERTY -> 4;
      case LIST_PROPERTY -> 5;
      case LIST_RELATIONSHIP -> 6;
      case JSON_PROPERTY -> 7;
    };
  }

  private void writeValue(Attribute attribute, ByteWriter out) {
    if (attribute instanceof Property p) {
      JsonValueCodec.write(p.value(), out);
    } else if (attribute instanceof Relationship r) {
      writeStrings(r.objects(), out);
      writeSymbols(r.objectTypes(), out);
    } else if (attribute instanceof GeoProperty g) {
      JsonValueCodec.write(g.value(), out);
    } else if (attribute instanceof LanguageProperty l) {
      JsonValueCodec.write(l.languageMap(), out);
    } else if (attribute instanceof VocabProperty v) {
      writeStrings(v.vocab(), out);
    } else if (attribute instanceof ListProperty l) {
      JsonValueCodec.write(l.valueList(), out);
    } else if (attribute instanceof ListRelationship r) {
      writeStrings(r.objectList(), out);
      writeSymbols(r.objectTypes(), out);
    } else if (attribute instanceof JsonProperty j) {
      JsonValueCodec.write(j.json(), out);
    }
  }

  private Attribute readValue(int kind, AttributeMeta meta, ByteReader in) {
    return switch (kind) {
      case 0 -> new Property(JsonValueCodec.read(in), meta);
      case 1 -> new Relationship(readStrings(in), readSymbols(in), meta);
      case 2 -> new GeoProperty(JsonValueCodec.readObjectNode(in), meta);
      case 3 -> new LanguageProperty(JsonValueCodec.readObjectNode(in), meta);
      case 4 -> new VocabProperty(readStrings(in), meta);
      case 5 -> new ListProperty(JsonValueCodec.readArrayNode(in), meta);
      case 6 -> new ListRelationship(readStrings(in), readSymbols(in), meta);
      default -> new JsonProperty(JsonValueCodec.read(in), meta);
    };
  }

  private static void writeIfPresent(String value, ByteWriter out) {
    if (value != null) {
      out.writeString(value);
    }
  }

  private static void writeIfPresent(Instant value, ByteWriter out) {
    if (value != null) {
      out.writeInstant(value);
    }
  }

  static void writeStrings(List<String> values, ByteWriter out) {
    out.writeVarInt(values.size());
    for (String value : values) {
      out.writeString(value);
    }
  }

  static List<String> readStrings(ByteReader in) {
    int count = in.readCount();
    if (count == 0) {
      return List.of();
    }
    if (count == 1) {
      return List.of(in.readString());
    }
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readString());
    }
    return values;
  }

  void writeSymbols(List<String> names, ByteWriter out) {
    out.writeVarInt(names.size());
    for (String name : names) {
      out.writeVarInt(symbols.id(name));
    }
  }

  List<String> readSymbols(ByteReader in) {
    int count = in.readCount();
    if (count == 0) {
      return List.of();
    }
    if (count == 1) {
      return List.of(symbols.name(in.readVarInt()));
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(symbols.name(in.readVarInt()));
    }
    return names;
  }
}
