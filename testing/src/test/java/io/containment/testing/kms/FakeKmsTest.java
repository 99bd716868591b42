package io.containment.testing.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUnavailableException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** The fake KMS as the real AWS SDK v2 client sees it. */
class FakeKmsTest {
    private static final SdkBytes SECRET = SdkBytes.fromUtf8String("a share of the master key");
    private FakeKms kms;
    private KmsClient client;
    private FakeKmsKey key;

    @BeforeEach
    void start() {
        kms = FakeKms.start();
        client = SdkClients.kms(kms.endpoint(), "AKIDFAKEKMSTEST");
        key = kms.createKey("test key");
    }

    @AfterEach
    void stop() {
        client.close();
        kms.close();
    }

    @Test
    void encryptThenDecryptReturnsThePlaintextAndNamesTheKey() {
        EncryptResponse encrypted = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET));
        DecryptResponse decrypted = client.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob()));

        assertThat(encrypted.keyId()).isEqualTo(key.arn());
        assertThat(new String(encrypted.ciphertextBlob().asByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("share");
        assertThat(decrypted.plaintext()).isEqualTo(SECRET);
        assertThat(decrypted.keyId()).isEqualTo(key.arn());
    }

    @Test
    void theSamePlaintextEncryptsDifferentlyEachTime() {
        SdkBytes first = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
        SdkBytes second = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void keysAreNamedByIdArnAliasAndAliasArn() {
        kms.createAlias("alias/signer", key.keyId());
        String aliasArn = "arn:aws:kms:" + FakeKms.REGION + ":" + FakeKms.ACCOUNT + ":alias/signer";
        for (String name : new String[] {key.keyId(), key.arn(), "alias/signer", aliasArn}) {
            SdkBytes blob = client.encrypt(r -> r.keyId(name).plaintext(SECRET)).ciphertextBlob();
            assertThat(client.decrypt(r -> r.ciphertextBlob(blob).keyId(name)).plaintext()).as(name).isEqualTo(SECRET);
        }
    }

    @Test
    void decryptNeedsTheSameEncryptionContext() {
        Map<String, String> context = Map.of("pubkey", "0xabc", "purpose", "bls");
        SdkBytes blob = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET).encryptionContext(context)).ciphertextBlob();

        assertThat(client.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(context)).plaintext()).isEqualTo(SECRET);
        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("pubkey", "0xdef", "purpose", "bls"))))
                .isInstanceOf(InvalidCiphertextException.class);
        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(blob)))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void aBlobIsBoundToItsKey() {
        FakeKmsKey other = kms.createKey("other");
        SdkBytes blob = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();

        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(blob).keyId(other.keyId())))
                .isInstanceOf(IncorrectKeyException.class);
    }

    @Test
    void aTamperedOrForeignBlobIsInvalidCiphertext() {
        byte[] blob = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob().asByteArray();
        blob[blob.length - 1] ^= 1;
        byte[] foreign;
        try (FakeKms elsewhere = FakeKms.start(); KmsClient otherClient = SdkClients.kms(elsewhere.endpoint(), "AKIDOTHER")) {
            FakeKmsKey otherKey = elsewhere.createKey("elsewhere");
            foreign = otherClient.encrypt(r -> r.keyId(otherKey.keyId()).plaintext(SECRET)).ciphertextBlob().asByteArray();
        }

        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(blob))))
                .isInstanceOf(InvalidCiphertextException.class);
        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(foreign))))
                .isInstanceOf(InvalidCiphertextException.class);
        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(SdkBytes.fromUtf8String("garbage"))))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void generateDataKeyReturnsAKeyItsBlobDecryptsTo() {
        Map<String, String> context = Map.of("batch", "1");
        GenerateDataKeyResponse dataKey = client.generateDataKey(r -> r.keyId(key.keyId()).keySpec(DataKeySpec.AES_256)
                .encryptionContext(context));

        assertThat(dataKey.plaintext().asByteArray()).hasSize(32);
        assertThat(dataKey.keyId()).isEqualTo(key.arn());
        assertThat(client.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob()).encryptionContext(context)).plaintext())
                .isEqualTo(dataKey.plaintext());
        assertThat(client.generateDataKey(r -> r.keyId(key.keyId()).numberOfBytes(16)).plaintext().asByteArray()).hasSize(16);
    }

    @Test
    void generateDataKeyWithoutPlaintextReturnsOnlyTheBlob() {
        var response = client.generateDataKeyWithoutPlaintext(r -> r.keyId(key.keyId()).keySpec(DataKeySpec.AES_128));

        assertThat(client.decrypt(r -> r.ciphertextBlob(response.ciphertextBlob())).plaintext().asByteArray()).hasSize(16);
    }

    @Test
    void createKeyAndDescribeKeyAnswerKeyMetadata() {
        KeyMetadata created = client.createKey(r -> r.description("made through the SDK")).keyMetadata();
        KeyMetadata described = client.describeKey(r -> r.keyId(created.arn())).keyMetadata();

        assertThat(described.keyId()).isEqualTo(created.keyId());
        assertThat(described.description()).isEqualTo("made through the SDK");
        assertThat(described.keyState()).isEqualTo(KeyState.ENABLED);
        assertThat(described.enabled()).isTrue();
        assertThat(described.creationDate()).isNotNull();
        SdkBytes blob = client.encrypt(r -> r.keyId(created.keyId()).plaintext(SECRET)).ciphertextBlob();
        assertThat(client.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(SECRET);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> client.encrypt(r -> r.keyId("11111111-2222-3333-4444-555555555555").plaintext(SECRET)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> client.describeKey(r -> r.keyId("alias/nothing")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDisabledKeyRefusesAndWorksAgainOnceEnabled() {
        SdkBytes blob = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
        client.disableKey(r -> r.keyId(key.keyId()));

        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(blob))).isInstanceOf(DisabledException.class);
        assertThat(client.describeKey(r -> r.keyId(key.keyId())).keyMetadata().keyState()).isEqualTo(KeyState.DISABLED);

        kms.setState(key.keyId(), io.containment.testing.kms.KeyState.ENABLED);
        assertThat(client.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(SECRET);
    }

    @Test
    void anUnavailableKeyIsKeyUnavailableWhileOtherKeysWork() {
        FakeKmsKey other = kms.createKey("still there");
        SdkBytes blob = client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
        kms.setState(key.keyId(), io.containment.testing.kms.KeyState.UNAVAILABLE);

        assertThatThrownBy(() -> client.decrypt(r -> r.ciphertextBlob(blob))).isInstanceOf(KeyUnavailableException.class);
        assertThat(client.encrypt(r -> r.keyId(other.keyId()).plaintext(SECRET)).keyId()).isEqualTo(other.arn());
    }

    @Test
    void aDeniedKeyAnswersAccessDenied() {
        kms.setState(key.keyId(), io.containment.testing.kms.KeyState.ACCESS_DENIED);

        assertThatThrownBy(() -> client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)))
                .isInstanceOfSatisfying(KmsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void anOutageFailsEveryCallUntilItEnds() {
        kms.setOutage(true);
        assertThatThrownBy(() -> client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)))
                .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

        kms.setOutage(false);
        assertThat(client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).keyId()).isEqualTo(key.arn());
    }

    @Test
    void requestsAreCountedPerOperationWithTheirAccessKey() {
        client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET));
        client.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET));

        assertThat(kms.calls("Encrypt")).isEqualTo(2);
        assertThat(kms.calls("Decrypt")).isZero();
        assertThat(kms.accessKeyIds()).containsExactly("AKIDFAKEKMSTEST", "AKIDFAKEKMSTEST");
    }

    @Test
    void aRequestWithoutAuthorizationIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kms.endpoint() + "/"))
                .header("X-Amz-Target", "TrentService.DescribeKey")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"KeyId\":\"" + key.keyId() + "\"}")).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"__type\":\"MissingAuthenticationTokenException\"");
            assertThat(kms.calls("DescribeKey")).isZero();
        }
    }
}
