package io.containment.api.seal;

/**
 * One key could not wrap or unwrap a share. The message names the key and the reason, never
 * share bytes.
 *
 * @since SPI 1.6
 */
public class ShareWrapperException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShareWrapperException(String message) {
        super(message);
    }
}
