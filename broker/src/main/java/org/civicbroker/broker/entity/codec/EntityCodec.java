package org.civicbroker.broker.entity.codec;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;

/**
 * The compact binary form of an entity, as the embedded store and the in-memory index keep it. The
 * decoding is exact: {@code decode(encode(e)).equals(e)}, down to attribute and instance order,
 * Jackson node classes, decimal scales and nanoseconds.
 *
 * <p>Layout: the format version (1 byte); the header, which {@link #id} and {@link #types} read
 * alone: id (string), types (count, symbols); then scopes (count, strings), a byte flagging
 * createdAt (bit 0) and modifiedAt (bit 1), those instants, and the attributes (see {@link
 * AttributeCodec}). Counts and lengths are varints, strings UTF-8 with a byte length, entity types
 * and attribute names ids of the {@link SymbolTable}.
 *
 * <p>Thread-safe; the symbol table is shared by every codec that reads the same bytes.
 */
public final class EntityCodec {
  /** The format version written as the first byte. */
  public static final int FORMAT_VERSION = 1;

  private static final int CREATED_AT = 0x01;
  private static final int MODIFIED_AT = 0x02;
  private static final int INITIAL_CAPACITY = 256;

  private final SymbolTable symbols;
  private final AttributeCodec attributes;

  public EntityCodec(SymbolTable symbols) {
    this.symbols = Objects.requireNonNull(symbols, "symbols");
    this.attributes = new AttributeCodec(symbols);
  }

  /**
   * @throws IllegalArgumentException if a JSON value is of a node class the codec does not keep
   *     (binary, POJO, missing)
   */
  public byte[] encode(Entity entity) {
    ByteWriter out = new ByteWriter(INITIAL_CAPACITY);
    out.writeByte(FORMAT_VERSION);
    out.writeString(entity.id().value());
    attributes.writeSymbols(entity.types(), out);
    AttributeCodec.writeStrings(entity.scopes(), out);
    Instant created = entity.createdAt();
    Instant modified = entity.modifiedAt();
    out.writeByte((created == null ? 0 : CREATED_AT) | (modified == null ? 0 : MODIFIED_AT));
    if (created != null) {
      out.writeInstant(created);
    }
    if (modified != null) {
      out.writeInstant(modified);
    }
    attributes.writeAttributes(entity.attributes(), out);
    return out.toByteArray();
  }

  /**
   * The entity encoded in {@code data}.
   *
   * @throws IllegalArgumentException if the data is of another format version, truncated or corrupt
   */
  public Entity decode(byte[] data) {
    return read(data, null);
  }

  /**
   * The entity with only the attributes named in {@code attributeNames} (expanded names); the
   * others are skipped without being decoded. Names the symbol table does not know match nothing.
   */
  public Entity decode(byte[] data, Set<String> attributeNames) {
    return read(data, selection(attributeNames).wanted);
  }

  /** The entity with only the attributes of a selection made once for many entities. */
  public Entity decode(byte[] data, Selection selection) {
    return read(data, selection.wanted);
  }

  /** Attribute names resolved once, to decode many entities partially ({@link #decode}). */
  public Selection selection(Set<String> attributeNames) {
    BitSet wanted = new BitSet();
    for (String name : attributeNames) {
      OptionalInt id = symbols.find(name);
      if (id.isPresent()) {
        wanted.set(id.getAsInt());
      }
    }
    return new Selection(wanted);
  }

  /** A set of attribute names as symbol ids. */
  public static final class Selection {
    private final BitSet wanted;

    private Selection(BitSet wanted) {
      this.wanted = wanted;
    }
  }

  /** The entity id, read from the header only. */
  public String id(byte[] data) {
    return header(data).readString();
  }

  /** The entity types, read from the header only. */
  public List<String> types(byte[] data) {
    ByteReader in = header(data);
    in.skip(in.readCount());
    return attributes.readSymbols(in);
  }

  private Entity read(byte[] data, BitSet wanted) {
    ByteReader in = header(data);
    EntityId id = entityId(in);
    List<String> types = attributes.readSymbols(in);
    List<String> scopes = AttributeCodec.readStrings(in);
    int flags = in.readByte();
    Instant created = (flags & CREATED_AT) == 0 ? null : in.readInstant();
    Instant modified = (flags & MODIFIED_AT) == 0 ? null : in.readInstant();
    Attributes attrs = attributes.readAttributes(in, wanted);
    if (!in.atEnd()) {
      throw in.corrupt("trailing bytes after the entity");
    }
    return new Entity(id, types, scopes, attrs, created, modified);
  }

  private static EntityId entityId(ByteReader in) {
    String value = in.readString();
    try {
      return EntityId.of(value);
    } catch (NgsiLdException e) {
      throw in.corrupt("invalid entity id '" + value + "'");
    }
  }

  /** A reader placed after the format version, which it checks. */
  private static ByteReader header(byte[] data) {
    if (data == null || data.length == 0) {
      throw new IllegalArgumentException("No entity bytes to decode");
    }
    int version = data[0] & 0xFF;
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "Entity bytes of format version "
              + version
              + "; this codec reads version "
              + FORMAT_VERSION);
    }
    ByteReader in = new ByteReader(data);
    in.skip(1);
    return in;
  }
}
