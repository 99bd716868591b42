/**
 * {@code anti_slashing.backend: dynamodb}: slashing protection in one DynamoDB table shared by
 * signers on any number of hosts. See the plugin's README for the table design.
 */
package io.containment.plugins.slashing.dynamodb;
