package io.containment.plugins.state.dynamodb;

import io.containment.api.plugin.PluginException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns an SDK failure into a {@link PluginException} that says what happened in operator terms:
 * the table is missing, unreachable, throttled, or DynamoDB refused the call. Messages name the
 * table and the operation, never the record.
 */
final class Failures {
    private Failures() {
    }

    static PluginException of(String operation, String table, SdkException e) {
        String what = "signer_state: cannot " + operation + " in DynamoDB table " + table + ": ";
        return switch (e) {
            case ResourceNotFoundException missing -> new PluginException(what + "the table does not exist (deleted?)", e);
            // ProvisionedThroughputExceeded, RequestLimitExceeded, ThrottlingException, HTTP 429
            case AwsServiceException throttled when throttled.isThrottlingException() -> new PluginException(what
                    + "throttled by DynamoDB (" + throttled.awsErrorDetails().errorCode() + "); try again", e);
            case AwsServiceException refused -> new PluginException(what + "DynamoDB refused the call ("
                    + refused.awsErrorDetails().errorCode() + ", HTTP " + refused.statusCode() + "): "
                    + refused.awsErrorDetails().errorMessage(), e);
            case SdkClientException unreachable -> new PluginException(what + "DynamoDB is unreachable: " + unreachable.getMessage(), e);
            default -> new PluginException(what + e.getMessage(), e);
        };
    }
}
