package io.containment.plugins.state.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK interceptor that lets chosen requests reach dynalite (so they take effect) and then
 * replaces dynalite's answer with a DynamoDB error answer, a given number of times: a throttled
 * table, or a write whose answer was lost (a 500 after the write), which the SDK then retries.
 */
final class ReplacedAnswers implements ExecutionInterceptor {
    private final Predicate<SdkRequest> which;
    private final int status;
    private final String errorType;
    private final AtomicInteger remaining;

    private ReplacedAnswers(Predicate<SdkRequest> which, int status, String errorType, int times) {
        this.which = which;
        this.status = status;
        this.errorType = errorType;
        this.remaining = new AtomicInteger(times);
    }

    /** Every answer to a matching request: 400 ProvisionedThroughputExceededException. */
    static ReplacedAnswers throttling(Predicate<SdkRequest> which) {
        return new ReplacedAnswers(which, 400, "ProvisionedThroughputExceededException", Integer.MAX_VALUE);
    }

    /** The first answer to a matching request: 500 InternalServerError, after dynalite carried it out. */
    static ReplacedAnswers losingTheFirstAnswer(Predicate<SdkRequest> which) {
        return new ReplacedAnswers(which, 500, "InternalServerError", 1);
    }

    private static final ExecutionAttribute<Boolean> REPLACING = new ExecutionAttribute<>("replaced-answer");

    /** Decided once per attempt (a retry is a new attempt), before the request leaves. */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.putAttribute(REPLACING, which.test(context.request()) && remaining.getAndDecrement() > 0);
    }

    private static boolean replacing(ExecutionAttributes attributes) {
        return Boolean.TRUE.equals(attributes.getAttribute(REPLACING));
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!replacing(attributes)) {
            return context.httpResponse();
        }
        return context.httpResponse().toBuilder().statusCode(status).removeHeader("x-amz-crc32").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!replacing(attributes)) {
            return context.responseBody();
        }
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + errorType + "\",\"message\":\"injected by the test\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
