package org.civicbroker.broker.scaleout.wire;

import static org.civicbroker.broker.scaleout.wire.WireFields.instant;
import static org.civicbroker.broker.scaleout.wire.WireFields.object;
import static org.civicbroker.broker.scaleout.wire.WireFields.optionalText;
import static org.civicbroker.broker.scaleout.wire.WireFields.putInstant;
import static org.civicbroker.broker.scaleout.wire.WireFields.putStrings;
import static org.civicbroker.broker.scaleout.wire.WireFields.putText;
import static org.civicbroker.broker.scaleout.wire.WireFields.strings;
import static org.civicbroker.broker.scaleout.wire.WireFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.AttributeType;
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
 * The attributes and attribute instances of {@link EntityWireFormat} (the layout is documented
 * there): member {@code "a"} maps each expanded name to the array of its instances, in order.
 */
final class AttributeWireFormat {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AttributeWireFormat() {}

  /** Puts the attributes as member {@code "a"} of {@code out}, unless there are none. */
  static void put(ObjectNode out, Attributes attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    ObjectNode byName = out.putObject("a");
    attributes.forEach(
        (name, instances) -> {
          ArrayNode list = byName.putArray(name);
          instances.forEach(instance -> list.add(encode(instance)));
        });
  }

  /** The attributes of member {@code "a"} (null or absent: none). */
  static Attributes attributes(JsonNode wire) {
    if (wire == null || wire.isNull()) {
      return Attributes.EMPTY;
    }
    object(wire, "attributes");
    Map<String, List<Attribute>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : wire.properties()) {
      JsonNode list = member.getValue();
      if (!list.isArray()) {
        throw new IllegalArgumentException(
            "Attribute on the wire without an array of instances: " + member.getKey());
      }
      List<Attribute> instances = new ArrayList<>(list.size());
      list.forEach(instance -> instances.add(decode(instance)));
      byName.put(member.getKey(), instances);
    }
    return Attributes.of(byName);
  }

  private static ObjectNode encode(Attribute attribute) {
    ObjectNode out = NODES.objectNode().put("t", attribute.type().term());
    switch (attribute.type()) {
      case PROPERTY -> out.set("v", WireValues.encode(((Property) attribute).value()));
      case GEO_PROPERTY -> out.set("v", WireValues.encode(((GeoProperty) attribute).value()));
      case LANGUAGE_PROPERTY ->
          out.set("v", WireValues.encode(((LanguageProperty) attribute).languageMap()));
      case LIST_PROPERTY -> out.set("v", WireValues.encode(((ListProperty) attribute).valueList()));
      case JSON_PROPERTY -> out.set("v", WireValues.encode(((JsonProperty) attribute).json()));
      case VOCAB_PROPERTY -> putStrings(out, "v", ((VocabProperty) attribute).vocab());
      case RELATIONSHIP -> {
        Relationship r = (Relationship) attribute;
        putObjects(out, r.objects(), r.objectTypes());
      }
      case LIST_RELATIONSHIP -> {
        ListRelationship r = (ListRelationship) attribute;
        putObjects(out, r.objectList(), r.objectTypes());
      }
    }
    putMeta(out, attribute.meta());
    return out;
  }

  private static void putObjects(ObjectNode out, List<String> objects, List<String> types) {
    putStrings(out, "v", objects);
    if (!types.isEmpty()) {
      putStrings(out, "ot", types);
    }
  }

  private static void putMeta(ObjectNode out, AttributeMeta meta) {
    putText(out, "d", meta.datasetId());
    putInstant(out, "o", meta.observedAt());
    putText(out, "u", meta.unitCode());
    putInstant(out, "c", meta.createdAt());
    putInstant(out, "m", meta.modifiedAt());
    put(out, meta.subAttributes());
  }

  private static Attribute decode(JsonNode wire) {
    object(wire, "attribute instance");
    String term = text(wire, "t");
    AttributeType type =
        AttributeType.of(term)
            .orElseThrow(() -> new IllegalArgumentException("Unknown attribute type: " + term));
    JsonNode v = wire.get("v");
    if (v == null) {
      throw new IllegalArgumentException("Attribute instance on the wire without a value");
    }
    AttributeMeta meta = meta(wire);
    return switch (type) {
      case PROPERTY -> new Property(WireValues.decode(v), meta);
      case GEO_PROPERTY -> new GeoProperty(object(WireValues.decode(v), "geometry"), meta);
      case LANGUAGE_PROPERTY ->
          new LanguageProperty(object(WireValues.decode(v), "languageMap"), meta);
      case LIST_PROPERTY -> new ListProperty(WireFields.array(WireValues.decode(v)), meta);
      case JSON_PROPERTY -> new JsonProperty(WireValues.decode(v), meta);
      case VOCAB_PROPERTY -> new VocabProperty(strings(v, "v"), meta);
      case RELATIONSHIP -> new Relationship(strings(v, "v"), strings(wire.get("ot"), "ot"), meta);
      case LIST_RELATIONSHIP ->
          new ListRelationship(strings(v, "v"), strings(wire.get("ot"), "ot"), meta);
    };
  }

  private static AttributeMeta meta(JsonNode wire) {
    return new AttributeMeta(
        optionalText(wire, "d"),
        instant(wire, "o"),
        optionalText(wire, "u"),
        instant(wire, "c"),
        instant(wire, "m"),
        attributes(wire.get("a")));
  }
}
