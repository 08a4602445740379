// Protocol Buffers wire format, write side only: varints (int64 two's complement
// for negatives), length-delimited fields and packed repeated scalars. Enough
// for the ONNX messages in messages.ts; chunks are kept apart and joined once,
// so a large weight tensor is copied once into the message that holds it.

const WIRE_VARINT = 0;
const WIRE_FIXED32 = 5;
const WIRE_LENGTH = 2;

export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];
  private pending: number[] = [];
  private size = 0;

  get length(): number {
    return this.size + this.pending.length;
  }

  /** An unsigned or negative integer as a varint; negatives take 10 bytes, as int64 does on the wire. */
  varint(value: number | bigint): this {
    if (typeof value === 'bigint' || value < 0 || !Number.isSafeInteger(value)) {
      if (typeof value === 'number' && !Number.isInteger(value)) throw new RangeError(`protobuf varint: ${value} is not an integer.`);
      let v = BigInt.asUintN(64, BigInt(value));
      while (v >= 0x80n) {
        this.pending.push(Number(v & 0x7fn) | 0x80);
        v >>= 7n;
      }
      this.pending.push(Number(v));
      return this;
    }
    let v = value;
    while (v >= 0x80) {
      this.pending.push((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    this.pending.push(v);
    return this;
  }

  private tag(field: number, wire: number): this {
    return this.varint(field * 8 + wire);
  }

  /** An int32/int64/enum/bool field. */
  int(field: number, value: number | bigint): this {
    return this.tag(field, WIRE_VARINT).varint(value);
  }

  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    for (const b of bytes) this.pending.push(b);
    return this;
  }

  bytes(field: number, data: Uint8Array): this {
    this.tag(field, WIRE_LENGTH).varint(data.byteLength);
    this.flush();
    this.chunks.push(data);
    this.size += data.byteLength;
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, body: ProtoWriter): this {
    return this.bytes(field, body.finish());
  }

  /** A packed repeated int64 field (proto3's default for repeated scalars). */
  packedInts(field: number, values: readonly (number | bigint)[]): this {
    const body = new ProtoWriter();
    for (const v of values) body.varint(v);
    return this.bytes(field, body.finish());
  }

  /** A packed repeated float field. */
  packedFloats(field: number, values: readonly number[]): this {
    return this.bytes(field, new Uint8Array(Float32Array.from(values).buffer));
  }

  finish(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Uint8Array.from(this.pending));
    this.size += this.pending.length;
    this.pending = [];
  }
}
