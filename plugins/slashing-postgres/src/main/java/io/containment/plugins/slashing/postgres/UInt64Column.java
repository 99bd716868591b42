package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * How a uint64 (slot, epoch) is kept: a {@code NUMERIC(20)} column holding the plain decimal value
 * (0 … 2^64-1, checked by the schema), so an operator's {@code SELECT} shows the real numbers and SQL
 * compares them as the unsigned values they are, as Web3Signer's schema does. Every uint64 column
 * goes through here, both ways.
 */
final class UInt64Column {
    private UInt64Column() {
    }

    static BigDecimal encode(long unsigned) {
        return new BigDecimal(new BigInteger(Long.toUnsignedString(unsigned)));
    }

    static long decode(BigDecimal stored) throws SQLException {
        BigInteger value;
        try {
            value = stored.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new SQLException("not a whole number in a uint64 column: " + stored);
        }
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new SQLException("out of uint64 range: " + stored);
        }
        return value.longValue();
    }

    static void set(PreparedStatement statement, int index, long unsigned) throws SQLException {
        statement.setBigDecimal(index, encode(unsigned));
    }

    static void set(PreparedStatement statement, int index, Slot slot) throws SQLException {
        set(statement, index, slot.value());
    }

    static void set(PreparedStatement statement, int index, Epoch epoch) throws SQLException {
        set(statement, index, epoch.value());
    }

    static void setOrNull(PreparedStatement statement, int index, Optional<Long> unsigned) throws SQLException {
        if (unsigned.isPresent()) {
            set(statement, index, unsigned.get());
        } else {
            statement.setNull(index, Types.NUMERIC);
        }
    }

    /** The column's value, empty when NULL. */
    static Optional<Long> get(ResultSet rows, int index) throws SQLException {
        BigDecimal stored = rows.getBigDecimal(index);
        return stored == null ? Optional.empty() : Optional.of(decode(stored));
    }

    static Optional<Slot> slot(ResultSet rows, int index) throws SQLException {
        return get(rows, index).map(Slot::new);
    }

    static Optional<Epoch> epoch(ResultSet rows, int index) throws SQLException {
        return get(rows, index).map(Epoch::new);
    }
}
