/**
 * The {@code aws_kms} key source: BLS secrets stored AES-256-GCM-encrypted under data keys that
 * AWS KMS wraps (AWS KMS has no BLS12-381 key type), unwrapped with KMS {@code Decrypt} once at
 * load; and the {@code keys wrap-kms} tool that turns EIP-2335 keystores into that form with KMS
 * {@code GenerateDataKey}. The file format is described in {@link io.containment.plugins.keys.awskms.WrappedKeyFile}.
 */
package io.containment.plugins.keys.awskms;
