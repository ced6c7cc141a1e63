package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Steps 7 to 26 of Create Term Definition (W3C JSON-LD 1.1 API section 4.2) for one term: reads the
 * term's value (a string, null or an expanded term definition) into a {@link TermDefinition}.
 */
final class TermBuilder {
  private final TermDefinitionFactory factory;
  private final String term;
  private final JsonNode value;
  private final ObjectNode map;

  private String iri;
  private String typeMapping;
  private final Set<String> containers = new HashSet<>();
  private boolean hasLanguage;
  private String language;
  private String direction;
  private boolean prefix;
  private boolean protectedTerm;
  private String nest;
  private String index;
  private JsonNode scoped;

  TermBuilder(TermDefinitionFactory factory, String term, JsonNode value) {
    this.factory = factory;
    this.term = term;
    this.value = value;
    if (value.isObject()) {
      this.map = (ObjectNode) value;
    } else if (value.isNull() || value.isTextual()) {
      this.map = JsonNodeFactory.instance.objectNode();
    } else {
      throw invalid("invalid term definition", "must be a string, an object or null");
    }
    this.protectedTerm = factory.protectedFlag();
  }

  /** The definition; null when JSON-LD ignores the term (an IRI of keyword form). */
  TermDefinition build() {
    readProtected();
    readType();
    boolean reverse = map.has("@reverse");
    if (reverse ? !readReverse() : !readIri()) {
      return null;
    }
    readContainer();
    readIndex();
    readScopedContext();
    readLanguageAndDirection();
    readNest();
    readPrefix();
    for (var names = map.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!factory.definitionKeys().contains(name)) {
        throw invalid("invalid term definition", "unknown entry " + name);
      }
    }
    return definition(reverse);
  }

  private TermDefinition definition(boolean reverse) {
    return new TermDefinition(
        iri,
        reverse,
        typeMapping,
        containers,
        hasLanguage,
        language,
        direction,
        prefix,
        protectedTerm,
        nest,
        index,
        scoped,
        scoped == null ? null : factory.baseUrl(),
        factory.fromCore());
  }

  private void readProtected() {
    JsonNode node = map.get("@protected");
    if (node != null) {
      if (!node.isBoolean()) {
        throw invalid("invalid @protected value", "@protected must be a boolean");
      }
      protectedTerm = node.booleanValue();
    }
  }

  private void readType() {
    JsonNode node = map.get("@type");
    if (node == null) {
      return;
    }
    if (!node.isTextual()) {
      throw invalid("invalid type mapping", "@type must be a string");
    }
    String expanded = factory.expand(node.textValue());
    boolean keyword =
        "@id".equals(expanded)
            || "@json".equals(expanded)
            || "@none".equals(expanded)
            || "@vocab".equals(expanded);
    if (expanded == null || !(keyword || Iris.isAbsolute(expanded))) {
      throw invalid("invalid type mapping", "@type " + node.textValue() + " is not an IRI");
    }
    typeMapping = expanded;
  }

  /**
   * Step 13: a reverse property. The JSON-LD 1.1 text returns here; Titanium goes on with steps 19
   * to 27 (so a reverse property cannot redefine a protected term), and so does this.
   */
  private boolean readReverse() {
    if (map.has("@id") || map.has("@nest")) {
      throw invalid("invalid reverse property", "@reverse excludes @id and @nest");
    }
    JsonNode node = map.get("@reverse");
    if (!node.isTextual()) {
      throw invalid("invalid IRI mapping", "@reverse must be a string");
    }
    if (JsonLdKeywords.hasKeywordForm(node.textValue())) {
      return false;
    }
    iri = factory.expand(node.textValue());
    if (!Iris.isIri(iri)) {
      throw invalid("invalid IRI mapping", "@reverse " + node.textValue() + " is not an IRI");
    }
    JsonNode container = map.get("@container");
    if (container != null && !container.isNull()) {
      String text = container.isTextual() ? container.textValue() : "";
      if (!"@set".equals(text) && !"@index".equals(text)) {
        throw invalid("invalid reverse property", "@container must be @set or @index");
      }
    }
    return true;
  }

  /** Steps 14 to 18: the IRI mapping. False when the term is to be ignored. */
  private boolean readIri() {
    JsonNode id = value.isObject() ? map.get("@id") : value;
    if (id != null && (!id.isTextual() || !term.equals(id.textValue()))) {
      return id.isNull() || readExplicitIri(id);
    }
    int colon = term.indexOf(':', 1);
    if (colon != -1) {
      readCompactIriTerm(colon);
    } else if (term.contains("/")) {
      iri = factory.expand(term);
      if (!Iris.isIri(iri)) {
        throw invalid("invalid IRI mapping", "the term is not an IRI");
      }
    } else if ("@type".equals(term)) {
      iri = "@type";
    } else if (factory.state().vocab == null) {
      throw invalid("invalid IRI mapping", "no @id and no @vocab to derive one");
    } else {
      iri = factory.state().vocab + term;
    }
    return true;
  }

  private boolean readExplicitIri(JsonNode id) {
    if (!id.isTextual()) {
      throw invalid("invalid IRI mapping", "@id must be a string or null");
    }
    String text = id.textValue();
    if (!JsonLdKeywords.isKeyword(text) && JsonLdKeywords.hasKeywordForm(text)) {
      return false;
    }
    iri = factory.expand(text);
    if ("@context".equals(iri)) {
      throw invalid("invalid keyword alias", "@context cannot be aliased");
    }
    if (iri == null
        || !(JsonLdKeywords.isKeyword(iri) || Iris.isIri(iri) || Iris.isBlankNode(iri))) {
      throw invalid("invalid IRI mapping", "@id " + text + " is not an IRI");
    }
    if (term.substring(0, term.length() - 1).indexOf(':', 1) != -1 || term.contains("/")) {
      factory.defined().put(term, Boolean.TRUE);
      if (!iri.equals(factory.expand(term))) {
        throw invalid("invalid IRI mapping", "a term that is an IRI must map to that IRI");
      }
    }
    prefix =
        !term.contains(":")
            && !term.contains("/")
            && value.isTextual()
            && ((Iris.endsWithGenDelim(iri) && Iris.isIri(iri.substring(0, iri.length() - 1)))
                || Iris.isBlankNode(iri));
    return true;
  }

  /** Step 15: a term of compact-IRI form maps through its prefix, or to itself. */
  private void readCompactIriTerm(int colon) {
    String termPrefix = term.substring(0, colon);
    String suffix = term.substring(colon + 1);
    boolean compact =
        !suffix.startsWith("/")
            && ("_".equals(termPrefix) || Character.isAlphabetic(termPrefix.charAt(0)));
    boolean blank = "_".equals(termPrefix);
    if (compact && !blank && factory.local().has(termPrefix)) {
      factory.createOnDemand(termPrefix);
    }
    TermDefinition prefixDefinition = factory.state().terms.get(termPrefix);
    if (compact && !blank && prefixDefinition != null) {
      iri = prefixDefinition.iri() == null ? null : prefixDefinition.iri() + suffix;
    } else if (Iris.isIri(term) || Iris.isBlankNode(term)) {
      iri = term;
    }
  }

  private void readContainer() {
    JsonNode node = map.get("@container");
    if (node == null) {
      return;
    }
    containers.addAll(TermEntries.containers(term, node));
    if (containers.contains("@type")) {
      if (typeMapping == null) {
        typeMapping = "@id";
      }
      if (!"@id".equals(typeMapping) && !"@vocab".equals(typeMapping)) {
        throw invalid("invalid type mapping", "a @type container needs @type @id or @vocab");
      }
    }
  }

  private void readIndex() {
    JsonNode node = map.get("@index");
    if (node == null) {
      return;
    }
    if (!containers.contains("@index") || !node.isTextual()) {
      throw invalid("invalid term definition", "@index needs an @index container and a string");
    }
    String expanded = factory.expand(node.textValue());
    if (!Iris.isIri(expanded)) {
      throw invalid("invalid term definition", "@index " + node.textValue() + " is not an IRI");
    }
    index = node.textValue();
  }

  private void readScopedContext() {
    JsonNode node = map.get("@context");
    if (node != null) {
      factory.validateScoped(node);
      scoped = node.deepCopy();
    }
  }

  private void readLanguageAndDirection() {
    if (map.has("@type")) {
      return;
    }
    JsonNode lang = map.get("@language");
    if (lang != null) {
      language = TermEntries.language(term, lang);
      hasLanguage = true;
    }
    JsonNode dir = map.get("@direction");
    if (dir != null) {
      direction = TermEntries.direction(term, dir);
    }
  }

  private void readNest() {
    JsonNode node = map.get("@nest");
    if (node != null) {
      nest = TermEntries.nest(term, node);
    }
  }

  private void readPrefix() {
    JsonNode node = map.get("@prefix");
    if (node == null) {
      return;
    }
    if (term.contains(":") || term.contains("/")) {
      throw invalid("invalid term definition", "a compact IRI or IRI cannot be a @prefix");
    }
    if (!node.isBoolean()) {
      throw invalid("invalid @prefix value", "@prefix must be a boolean");
    }
    prefix = node.booleanValue();
    if (prefix && JsonLdKeywords.isKeyword(iri)) {
      throw invalid("invalid term definition", "a keyword alias cannot be a prefix");
    }
  }

  private ProcessingError invalid(String code, String detail) {
    return TermEntries.invalid(term, code, detail);
  }
}
