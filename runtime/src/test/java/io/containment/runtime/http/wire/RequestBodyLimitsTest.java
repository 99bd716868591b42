package io.containment.runtime.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body read with a declared length: the same bytes as reading to the end, whatever the length says. */
class RequestBodyLimitsTest {
    private static final byte[] BODY = "{\"type\":\"ATTESTATION\"}".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theDeclaredLengthReadsTheBodyWhetherItIsRightShortLongAbsentOrNotANumber() {
        for (String declared : new String[] {"22", " 22 ", "10", "0", "500", null, "", "x", "-1", "99999999999"}) {
            assertThat(RequestBodyLimits.readAll(new ByteArrayInputStream(BODY), 1024, declared)).as("%s", declared)
                    .isEqualTo(BODY);
        }
    }

    @Test
    void aBodyLongerThanTheLimitIsRefusedWithOrWithoutADeclaredLength() {
        byte[] big = new byte[2048];
        for (String declared : new String[] {"2048", "100", null}) {
            assertThatThrownBy(() -> RequestBodyLimits.readAll(new ByteArrayInputStream(big), 1024, declared))
                    .isInstanceOfSatisfying(BodyRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(BodyRefusedException.Reason.TOO_LARGE));
        }
    }

    @Test
    void aStreamThatBreaksIsBrokenFramingNotAServerError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("connection closed mid-body");
            }
        };
        assertThatThrownBy(() -> RequestBodyLimits.readAll(broken, 1024, "22"))
                .isInstanceOfSatisfying(BodyRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(BodyRefusedException.Reason.BROKEN_FRAMING));
    }
}
