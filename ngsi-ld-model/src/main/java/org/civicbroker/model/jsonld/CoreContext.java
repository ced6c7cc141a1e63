package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The NGSI-LD core {@code @context} (ETSI GS CIM 009 clause 4.5), built in: the broker never
 * fetches it. The versioned v1.8 and v1.9 URLs and the unversioned URL (which this broker takes as
 * v1.8, its target version) are recognised wherever a context references them; the documents are
 * kept as resources so that the broker can also serve them.
 */
public final class CoreContext {

  /** The NGSI-LD namespace: {@code ngsi-ld:} in the core context. */
  public static final String NGSI_LD_NAMESPACE = "https://uri.etsi.org/ngsi-ld/";

  /** The vocabulary mapping of the core context, for terms no context defines. */
  public static final String DEFAULT_VOCAB = "https://uri.etsi.org/ngsi-ld/default-context/";

  public static final String V1_8_URL =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";
  public static final String V1_9_URL =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.9.jsonld";
  public static final String UNVERSIONED_URL =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld";

  /**
   * The JSON-LD context that the v1.9 core context references from the scoped context of its {@code
   * ngsildproof} term. It is not built in: see {@link FullJsonLd} for how it is served.
   */
  public static final String DATA_INTEGRITY_V2_URL = "https://w3id.org/security/data-integrity/v2";

  /**
   * The versions of the core context this broker knows. (Resource loading lives here, not in the
   * outer class, so that initialising the enum never initialises {@link CoreContext} half-way.)
   */
  public enum Version {
    V1_8(V1_8_URL, "ngsi-ld-core-context-v1.8.jsonld"),
    V1_9(V1_9_URL, "ngsi-ld-core-context-v1.9.jsonld");

    private final String url;
    private final byte[] bytes;
    private final JsonNode document;

    Version(String url, String resource) {
      this.url = url;
      this.bytes = load(resource);
      this.document = parse(bytes, resource);
    }

    /** The versioned URL of this core context. */
    public String url() {
      return url;
    }

    /** The document ({@code {"@context": {...}}}) as a fresh, mutable copy. */
    public JsonNode document() {
      return document.deepCopy();
    }

    /** The document's bytes (UTF-8 JSON), as a fresh copy, for serving it. */
    public byte[] bytes() {
      return bytes.clone();
    }

    private static byte[] load(String resource) {
      try (InputStream in = CoreContext.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing built-in core context resource " + resource);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static JsonNode parse(byte[] bytes, String resource) {
      try {
        return new ObjectMapper().readTree(bytes);
      } catch (IOException e) {
        throw new IllegalStateException("Invalid built-in core context " + resource, e);
      }
    }

    /** The shared parsed document; package-private because JsonNode is mutable. */
    JsonNode sharedDocument() {
      return document;
    }
  }

  /** The version the broker implements and appends when a context names no core version. */
  public static final Version DEFAULT_VERSION = Version.V1_8;

  private CoreContext() {}

  /** True when {@code url} is one of the core context URLs (never fetched). */
  public static boolean isCoreUrl(String url) {
    return versionOf(url).isPresent();
  }

  /** The core version at {@code url}: the unversioned URL is v1.8. */
  public static Optional<Version> versionOf(String url) {
    if (V1_8_URL.equals(url) || UNVERSIONED_URL.equals(url)) {
      return Optional.of(Version.V1_8);
    }
    if (V1_9_URL.equals(url)) {
      return Optional.of(Version.V1_9);
    }
    return Optional.empty();
  }
}
