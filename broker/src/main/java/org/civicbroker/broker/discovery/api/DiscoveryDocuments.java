package org.civicbroker.broker.discovery.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeUse;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.model.jsonld.LdContext;

/**
 * The discovery data types of GS CIM 009 clauses 5.2.24 - 5.2.28, with entity types and attribute
 * names compacted with the request's context. The {@code id} of an EntityType, EntityTypeInfo or
 * Attribute is the full IRI of the type or attribute name; the lists get a fresh URN. Names are
 * listed in order of their compacted form; attribute types in alphabetical order.
 */
public final class DiscoveryDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DiscoveryDocuments() {}

  /** 5.2.24 EntityTypeList: {@code id}, {@code type}, {@code typeList}. */
  public static ObjectNode entityTypeList(List<TypeSummary> types, LdContext ctx) {
    ObjectNode list = header(listId("EntityTypeList"), "EntityTypeList");
    ArrayNode names = list.putArray("typeList");
    sortedNames(types, TypeSummary::type, ctx::compactType).forEach(names::add);
    return list;
  }

  /** 5.2.25 EntityType, one per type: {@code id}, {@code type}, {@code typeName}, names. */
  public static ArrayNode entityTypes(List<TypeSummary> types, LdContext ctx) {
    ArrayNode array = NODES.arrayNode();
    for (TypeSummary type : sortedBy(types, t -> ctx.compactType(t.type()))) {
      ObjectNode entityType = header(type.type(), "EntityType");
      entityType.put("typeName", ctx.compactType(type.type()));
      ArrayNode names = entityType.putArray("attributeNames");
      sortedNames(type.attributes().keySet(), n -> n, ctx::compactAttributeName)
          .forEach(names::add);
      array.add(entityType);
    }
    return array;
  }

  /**
   * 5.2.26 EntityTypeInfo: {@code id}, {@code type}, {@code typeName}, {@code entityCount} and
   * {@code attributeDetails}, one Attribute (5.2.28) per attribute name with {@code id}, {@code
   * type}, {@code attributeName} and {@code attributeTypes}.
   */
  public static ObjectNode entityTypeInfo(TypeSummary type, LdContext ctx) {
    ObjectNode info = header(type.type(), "EntityTypeInfo");
    info.put("typeName", ctx.compactType(type.type()));
    info.put("entityCount", type.entityCount());
    ArrayNode details = info.putArray("attributeDetails");
    List<Map.Entry<String, AttributeUse>> uses =
        sortedBy(type.attributes().entrySet(), e -> ctx.compactAttributeName(e.getKey()));
    for (Map.Entry<String, AttributeUse> use : uses) {
      ObjectNode attribute = attributeHeader(use.getKey(), ctx);
      addSorted(attribute.putArray("attributeTypes"), use.getValue().attributeTypes());
      details.add(attribute);
    }
    return info;
  }

  /** 5.2.27 AttributeList: {@code id}, {@code type}, {@code attributeList}. */
  public static ObjectNode attributeList(List<AttributeSummary> attributes, LdContext ctx) {
    ObjectNode list = header(listId("AttributeList"), "AttributeList");
    ArrayNode names = list.putArray("attributeList");
    sortedNames(attributes, AttributeSummary::name, ctx::compactAttributeName).forEach(names::add);
    return list;
  }

  /**
   * 5.2.28 Attribute, one per name, as clause 5.7.9 details them: {@code id}, {@code type}, {@code
   * attributeName} and {@code typeNames}.
   */
  public static ArrayNode attributeDetails(List<AttributeSummary> attributes, LdContext ctx) {
    ArrayNode array = NODES.arrayNode();
    for (AttributeSummary attribute : sortedAttributes(attributes, ctx)) {
      ObjectNode node = attributeHeader(attribute.name(), ctx);
      addTypeNames(node, attribute, ctx);
      array.add(node);
    }
    return array;
  }

  /**
   * 5.2.28 Attribute in full, as clause 5.7.10 returns it: {@code id}, {@code type}, {@code
   * attributeName}, {@code attributeCount} (the number of entities having the attribute), {@code
   * attributeTypes} and {@code typeNames}.
   */
  public static ObjectNode attribute(AttributeSummary attribute, LdContext ctx) {
    ObjectNode node = attributeHeader(attribute.name(), ctx);
    node.put("attributeCount", attribute.entityCount());
    addSorted(node.putArray("attributeTypes"), attribute.attributeTypes());
    addTypeNames(node, attribute, ctx);
    return node;
  }

  private static ObjectNode header(String id, String type) {
    ObjectNode node = NODES.objectNode();
    node.put("id", id);
    node.put("type", type);
    return node;
  }

  private static ObjectNode attributeHeader(String name, LdContext ctx) {
    ObjectNode node = header(name, "Attribute");
    node.put("attributeName", ctx.compactAttributeName(name));
    return node;
  }

  private static void addTypeNames(ObjectNode node, AttributeSummary attribute, LdContext ctx) {
    ArrayNode typeNames = node.putArray("typeNames");
    sortedNames(attribute.entityTypes(), t -> t, ctx::compactType).forEach(typeNames::add);
  }

  private static String listId(String kind) {
    return "urn:ngsi-ld:" + kind + ":" + UUID.randomUUID();
  }

  private static List<AttributeSummary> sortedAttributes(
      List<AttributeSummary> attributes, LdContext ctx) {
    return sortedBy(attributes, a -> ctx.compactAttributeName(a.name()));
  }

  /** The compacted names of the items, sorted. */
  private static <T> List<String> sortedNames(
      Collection<T> items, Function<T, String> name, Function<String, String> compact) {
    return items.stream().map(name).map(compact).sorted().toList();
  }

  private static <T> List<T> sortedBy(Collection<T> items, Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }

  private static void addSorted(ArrayNode array, Collection<String> values) {
    values.stream().sorted().forEach(array::add);
  }
}
