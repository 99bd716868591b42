package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** An SDK interceptor that fails every put and update of the chosen validators' items, as a broken table would. */
final class FailingWrites implements ExecutionInterceptor {
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> failingUpdates = ConcurrentHashMap.newKeySet();

    void failWritesOf(BlsPublicKey validator) {
        failing.add(Items.validatorKey(validator));
    }

    /** Fails only UpdateItem (puts go through): an import stages and commits, then cannot move its records. */
    void failUpdatesOf(BlsPublicKey validator) {
        failingUpdates.add(Items.validatorKey(validator));
    }

    void heal() {
        failing.clear();
        failingUpdates.clear();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        Map<String, AttributeValue> key = switch (request) {
            case PutItemRequest put -> put.item();
            case UpdateItemRequest update -> update.key();
            default -> Map.of();
        };
        AttributeValue pk = key.get(Items.PK);
        if (pk != null && (failing.contains(pk.s()) || request instanceof UpdateItemRequest && failingUpdates.contains(pk.s()))) {
            throw SdkClientException.create("injected write failure");
        }
    }
}
