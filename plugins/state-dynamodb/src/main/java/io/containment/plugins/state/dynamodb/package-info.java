/**
 * {@code signer_state.backend: dynamodb}: the seal record as one DynamoDB item, shared by signer
 * instances on any number of hosts; create and replace are conditional writes.
 */
package io.containment.plugins.state.dynamodb;
