/**
 * The {@code dynamodb} key source: validator keys AES-256-GCM-encrypted under a data key derived
 * from the signer's master key (HKDF-SHA256), one DynamoDB item per key with an
 * {@code active|inactive} status, shared by every signer on the table. Loaded when the signer
 * unseals, destroyed when it seals, refreshed in the background, and written by the Key Manager
 * API. The item format is described in {@link io.containment.plugins.keys.dynamodb.KeyItem}, the
 * cryptography in {@link io.containment.plugins.keys.dynamodb.KeyEncryption}.
 */
package io.containment.plugins.keys.dynamodb;
