/**
 * A wire-compatible stand-in for AWS KMS: {@link io.containment.testing.kms.FakeKms} speaks the
 * JSON 1.1 protocol the AWS SDK v2 {@code KmsClient} sends ({@code X-Amz-Target: TrentService.<Op>})
 * on 127.0.0.1, encrypts for real (AES-256-GCM under per-key master material) and answers errors
 * with the {@code __type} names the SDK maps to its exception classes. Tests only.
 */
package io.containment.testing.kms;
