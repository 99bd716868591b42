package io.containment.runtime.ssz;

import static io.containment.runtime.ssz.NaiveMerkle.chunk;
import static io.containment.runtime.ssz.NaiveMerkle.merkleize;
import static io.containment.runtime.ssz.NaiveMerkle.mixInLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Bitlists, bitvectors and uint64 lists against a naive full-tree merkleization. */
class SszCollectionsTest {

    @Test
    void hashesAnEmptyBitlistAsTheZeroTreeOfItsLimitMixedWithLengthZero() {
        Bitlist empty = new Bitlist(new byte[] {0x01}, 2048);

        assertThat(empty.length()).isZero();
        assertThat(empty.hashTreeRoot().bytes()).isEqualTo(mixInLength(merkleize(List.of(), 8), 0));
    }

    @Test
    void dropsTheDelimiterBitFromTheHashedBits() {
        Bitlist threeBits = new Bitlist(new byte[] {0x0b}, 2048);
        Bitlist eightBits = new Bitlist(new byte[] {(byte) 0xff, 0x01}, 2048);

        assertThat(threeBits.length()).isEqualTo(3);
        assertThat(threeBits.hashTreeRoot().bytes()).isEqualTo(mixInLength(merkleize(List.of(chunk(0x03)), 8), 3));
        assertThat(eightBits.length()).isEqualTo(8);
        assertThat(eightBits.hashTreeRoot().bytes()).isEqualTo(mixInLength(merkleize(List.of(chunk(0xff)), 8), 8));
    }

    @Test
    void padsABitlistToTheChunkCountOfItsLimit() {
        byte[] bits = new byte[300];
        bits[0] = 0x55;
        bits[299] = 0x02;
        Bitlist electra = new Bitlist(bits, 131_072);
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            chunks.add(new byte[32]);
        }
        chunks.get(0)[0] = 0x55;

        assertThat(electra.length()).isEqualTo(8 * 299 + 1);
        assertThat(electra.hashTreeRoot().bytes()).isEqualTo(mixInLength(merkleize(chunks, 512), 8 * 299 + 1));
    }

    @Test
    void refusesABitlistWithoutDelimiterOrOverItsLimit() {
        assertThatThrownBy(() -> new Bitlist(new byte[] {0x01, 0x00}, 2048))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bitlist(new byte[0], 2048)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bitlist(new byte[] {0x04}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Bitlist(new byte[] {0x02}, 1).length()).isEqualTo(1);
    }

    @Test
    void hashesABitvectorWithoutALengthMixIn() {
        byte[] bits = new byte[64];
        bits[0] = 1;
        bits[63] = (byte) 0x80;
        byte[] second = new byte[32];
        second[31] = (byte) 0x80;

        assertThat(new Bitvector(bits, 512).hashTreeRoot().bytes()).isEqualTo(merkleize(List.of(chunk(1), second), 2));
        assertThat(new Bitvector(new byte[] {7, 0, 0, 0, 0, 0, 0, 0}, 64).hashTreeRoot().bytes()).isEqualTo(chunk(7));
    }

    @Test
    void refusesABitvectorOfTheWrongSizeOrWithBitsBeyondItsLength() {
        assertThatThrownBy(() -> new Bitvector(new byte[7], 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bitvector(new byte[] {0x10}, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Bitvector(new byte[] {0x0f}, 4).length()).isEqualTo(4);
    }

    @Test
    void packsUint64ListsFourToAChunkUnderThePhase0AndElectraLimits() {
        List<Long> indices = LongStream.rangeClosed(1, 5).boxed().toList();
        AttestationData data = new AttestationData(new Slot(1), 2, Root.zero(),
                new Checkpoint(new Epoch(3), Root.zero()), new Checkpoint(new Epoch(4), Root.zero()));
        BlsSignature signature = new BlsSignature(new byte[96]);
        byte[] packed = new byte[32];
        for (int i = 0; i < 4; i++) {
            packed[8 * i] = (byte) (i + 1);
        }
        List<byte[]> chunks = List.of(packed, chunk(5));
        byte[] signatureRoot = merkleize(List.of(new byte[32], new byte[32], new byte[32]), 3);

        byte[] phase0 = merkleize(List.of(mixInLength(merkleize(chunks, 512), 5), data.hashTreeRoot().bytes(),
                signatureRoot), 3);
        byte[] electra = merkleize(List.of(mixInLength(merkleize(chunks, 32_768), 5), data.hashTreeRoot().bytes(),
                signatureRoot), 3);

        assertThat(new IndexedAttestation(indices, data, signature).hashTreeRoot().bytes()).isEqualTo(phase0);
        assertThat(new IndexedAttestationElectra(indices, data, signature).hashTreeRoot().bytes()).isEqualTo(electra);
        assertThat(phase0).isNotEqualTo(electra);
    }

    @Test
    void refusesListsLongerThanTheirLimits() {
        AttestationData data = new AttestationData(new Slot(1), 2, Root.zero(),
                new Checkpoint(new Epoch(3), Root.zero()), new Checkpoint(new Epoch(4), Root.zero()));
        List<Long> tooMany = LongStream.range(0, 2049).boxed().toList();

        assertThatThrownBy(() -> new IndexedAttestation(tooMany, data, new BlsSignature(new byte[96])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IndexedAttestationElectra(tooMany, data, new BlsSignature(new byte[96]))).isNotNull();
        assertThatThrownBy(() -> new Deposit(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesAUint64AsItsLittleEndianBytes() {
        assertThat(HashTreeRoot.ofUint64(0x0102030405060708L).bytes())
                .isEqualTo(chunk(0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01));
        assertThat(HashTreeRoot.of(Epoch.FAR_FUTURE).bytes())
                .isEqualTo(chunk(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff));
    }
}
