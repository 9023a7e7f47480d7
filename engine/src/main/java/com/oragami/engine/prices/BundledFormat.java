package com.oragami.engine.prices;

import java.io.ByteArrayOutputStream;

/**
 * The layout of {@code bundled-adjclose.bin}, shared by {@link BundledPricesWriter} and {@link
 * BundledPrices}. All integers big-endian.
 *
 * <pre>
 * int    MAGIC ("OGPX"), int VERSION, int count
 * count × index entry, sorted by symbol:
 *        UTF symbol (DataOutput.writeUTF), int rows, int first epoch day, int last epoch day,
 *        int block length in bytes
 * count × block, in index order, each a gzip stream holding three columns of {@code rows} values:
 *        day deltas   varint, days since the previous row (0 for the first row)
 *        scales       byte,   decimal places s of the row's close (0..22)
 *        mantissas    zigzag varint, m − m_previous (m_previous = 0 for the first row)
 * </pre>
 *
 * The close of a row is {@code m / 10^s} computed in double arithmetic. With {@code |m| < 2^53}
 * and {@code s ≤ 22} both operands are exact doubles and IEEE division rounds the exact quotient
 * correctly, so the decoded value equals {@code Double.parseDouble} of the decimal text m·10^−s —
 * the CSV's own text. Rows normally use the file's scale (the most decimals any row has) so that
 * mantissa deltas stay small; a row whose mantissa would not fit 53 bits at that scale (float32
 * artefacts such as UVXY's 514500001792 in 2011) uses its own, smaller scale. Splitting the
 * columns lets gzip see long runs of equal day deltas and scales; one block per ticker lets a
 * reader inflate one ticker without the others.
 */
final class BundledFormat {

    static final int MAGIC = 0x4F475058;
    static final int VERSION = 1;
    static final int MAX_SCALE = 22;

    /** 10^0 … 10^22, each exactly representable as a double. */
    static final double[] POWERS_OF_TEN = new double[MAX_SCALE + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_SCALE; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private BundledFormat() {}

    static double decode(long mantissa, int scale) {
        return mantissa / POWERS_OF_TEN[scale];
    }

    static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    /** Reads varints from a byte array, advancing a position. */
    static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[position++];
                result |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return result;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalStateException("corrupt bundled prices: varint too long");
                }
            }
        }

        int unsignedByte() {
            return bytes[position++] & 0xFF;
        }
    }
}
