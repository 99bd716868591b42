package io.containment.testing.kms;

/**
 * An AWS error answer: HTTP status and the {@code __type} the SDK maps to an exception class
 * ({@code NotFoundException} → {@code software.amazon.awssdk.services.kms.model.NotFoundException}, …).
 */
final class KmsError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;

    KmsError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    static KmsError notFound(String message) {
        return new KmsError(400, "NotFoundException", message);
    }

    static KmsError validation(String message) {
        return new KmsError(400, "ValidationException", message);
    }

    static KmsError invalidCiphertext() {
        return new KmsError(400, "InvalidCiphertextException", null);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
