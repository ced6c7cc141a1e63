package org.civicbroker.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Term expansion and compaction for the names of one ~1 KB NGSI-LD entity that uses every attribute
 * type (Property with sub-attributes, Relationship, GeoProperty, LanguageProperty, VocabProperty,
 * ListProperty, ListRelationship, JsonProperty), with a user context (a remote smart-data-models
 * style context) plus the core context. One operation = expand every name of the entity (type,
 * attribute and sub-attribute names, vocab value) and compact it back.
 *
 * <p>Run: {@code java -cp bench/target/ngsi-ld-bench.jar org.openjdk.jmh.Main JsonLdTermsBenchmark
 * -f 1 -wi 3 -i 5 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonLdTermsBenchmark {
  private static final String CONTEXT_URL = "https://example.org/contexts/parking.jsonld";

  /** The attribute and sub-attribute names of the entity (the core's structural keys aside). */
  private static final String[] ATTRIBUTES = {
    "name", "alternateName", "availableSpotNumber", "reliability", "providedBy", "totalSpotNumber",
    "refParkingSite", "location", "streetName", "category", "occupancyHistory", "refDevices",
    "configuration", "temperature", "status", "maximumAllowedHeight"
  };

  private static final String[] TYPES = {"OffStreetParking"};
  private static final String[] VOCABS = {"Open"};

  private CompiledContext context;
  private char[][] names;
  private char[][] iris;

  @Setup
  public void compile() throws IOException {
    JsonNode document;
    try (InputStream in =
        JsonLdTermsBenchmark.class.getResourceAsStream("parking-context.jsonld")) {
      document = new ObjectMapper().readTree(in);
    }
    context =
        ContextCompiler.compile(
            TextNode.valueOf(CONTEXT_URL), ContextResolver.of(Map.of(CONTEXT_URL, document)));
    names = new char[ATTRIBUTES.length][];
    iris = new char[ATTRIBUTES.length][];
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      names[i] = ATTRIBUTES[i].toCharArray();
      iris[i] = context.expandAttributeName(ATTRIBUTES[i]).toCharArray();
    }
  }

  /**
   * As a request and a response would: every name and stored IRI is a fresh String (as parsed from
   * JSON or read from storage), so hashes are computed and keys compared char by char.
   */
  @Benchmark
  public void entityNamesFromFreshStrings(Blackhole blackhole) {
    blackhole.consume(context.compactType(context.expandType(new String(TYPES[0]))));
    for (int i = 0; i < names.length; i++) {
      blackhole.consume(context.expandAttributeName(new String(names[i])));
      blackhole.consume(context.compactAttributeName(new String(iris[i])));
    }
    blackhole.consume(context.compactVocab(context.expandVocab(new String(VOCABS[0]))));
  }

  @Benchmark
  public void entityNames(Blackhole blackhole) {
    for (String type : TYPES) {
      blackhole.consume(context.compactType(context.expandType(type)));
    }
    for (String attribute : ATTRIBUTES) {
      blackhole.consume(context.compactAttributeName(context.expandAttributeName(attribute)));
    }
    for (String vocab : VOCABS) {
      blackhole.consume(context.compactVocab(context.expandVocab(vocab)));
    }
  }

  @Benchmark
  public String oneAttributeName() {
    return context.compactAttributeName(context.expandAttributeName("availableSpotNumber"));
  }

  @Benchmark
  public String oneUndefinedName() {
    return context.compactAttributeName(context.expandAttributeName("undefinedByAnyContext"));
  }
}
