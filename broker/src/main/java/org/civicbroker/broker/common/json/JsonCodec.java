package org.civicbroker.broker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Parses request bodies and fetched documents with the broker's limits (nesting depth, duplicate
 * keys rejected) and serialises responses. The only place JSON text becomes a tree.
 */
@ApplicationScoped
public class JsonCodec {
  private final ObjectMapper mapper;

  @Inject
  public JsonCodec(BrokerConfig config) {
    this(config.limits().maxJsonDepth());
  }

  public JsonCodec(int maxDepth) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxNumberLength(200)
            .maxStringLength(5_000_000)
            .build();
    this.mapper =
        JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    this.mapper.getFactory().setStreamReadConstraints(limits);
  }

  /** Parses JSON text; malformed JSON is an InvalidRequest (GS CIM 009 clause 5.5.2). */
  public JsonNode parse(byte[] body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw NgsiLdException.invalidRequest("The request body is empty");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw NgsiLdException.badData("The JSON body exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw NgsiLdException.invalidRequest("The body is not valid JSON: " + describe(e));
    } catch (IOException e) {
      throw new NgsiLdException(ErrorType.INVALID_REQUEST, "The body could not be read", e);
    }
  }

  public byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new NgsiLdException(ErrorType.INTERNAL_ERROR, "Response could not be written", e);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e.getLocation() != null) {
      message +=
          " (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")";
    }
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }
}
