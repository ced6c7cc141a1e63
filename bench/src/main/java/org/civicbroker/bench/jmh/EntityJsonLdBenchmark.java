package org.civicbroker.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.FullJsonLd;
import org.civicbroker.model.representation.EntityReader;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.RenderOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Expand-and-compact of a ~1 KB NGSI-LD entity (normalized, 1.1 KB as compact JSON) that uses every
 * attribute type (Property with sub-attributes, Relationship with objectType, GeoProperty,
 * LanguageProperty, VocabProperty, ListProperty, ListRelationship, JsonProperty; observedAt,
 * unitCode, datasetId), with a user context (a smart-data-models style remote context, resolved
 * from memory) plus the core context, compiled once as the broker's context cache does.
 *
 * <ul>
 *   <li>{@link #readAndWrite}: one operation of issue 2's target (at least 50,000 per second on one
 *       thread): {@link EntityReader#read} of the payload, then {@link EntityWriter#write} of the
 *       entity, compacted with the same context;
 *   <li>{@link #parseReadWriteSerialize}: the same from request bytes to response bytes (Jackson);
 *   <li>{@link #titaniumExpandAndCompact}: for comparison, full JSON-LD expansion and compaction of
 *       the same payload with Titanium ({@link FullJsonLd}).
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/ngsi-ld-bench.jar org.openjdk.jmh.Main EntityJsonLdBenchmark
 * -f 1 -wi 3 -i 5 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityJsonLdBenchmark {
  static final String CONTEXT_URL = "https://example.org/contexts/parking.jsonld";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EntityReader reader = new EntityReader();
  private final EntityWriter writer = new EntityWriter();
  private CompiledContext context;
  private FullJsonLd titanium;
  private ObjectNode payload;
  private byte[] bytes;
  private Entity entity;

  @Setup
  public void setUp() throws IOException {
    ContextResolver resolver =
        ContextResolver.of(Map.of(CONTEXT_URL, resource("parking-context.jsonld")));
    context = ContextCompiler.compile(TextNode.valueOf(CONTEXT_URL), resolver);
    titanium = new FullJsonLd(resolver);
    payload = (ObjectNode) resource("parking-entity-1kb.json");
    bytes = MAPPER.writeValueAsBytes(payload);
    entity = reader.read(payload, context);
  }

  static JsonNode resource(String name) throws IOException {
    try (InputStream in = EntityJsonLdBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Missing benchmark resource " + name);
      }
      return MAPPER.readTree(in);
    }
  }

  @Benchmark
  public ObjectNode readAndWrite() {
    return writer.write(reader.read(payload, context), RenderOptions.DEFAULT, context);
  }

  @Benchmark
  public byte[] parseReadWriteSerialize() throws IOException {
    ObjectNode parsed = (ObjectNode) MAPPER.readTree(bytes);
    Entity read = reader.read(parsed, context);
    return MAPPER.writeValueAsBytes(writer.write(read, RenderOptions.DEFAULT, context));
  }

  /** The reading half alone, to see where the time goes. */
  @Benchmark
  public Entity readOnly() {
    return reader.read(payload, context);
  }

  /** The writing half alone. */
  @Benchmark
  public ObjectNode writeOnly() {
    return writer.write(entity, RenderOptions.DEFAULT, context);
  }

  @Benchmark
  public JsonNode titaniumExpandAndCompact() {
    return titanium.compact(titanium.expand(payload, context), context);
  }
}
