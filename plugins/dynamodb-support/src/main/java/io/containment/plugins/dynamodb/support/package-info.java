/**
 * What the DynamoDB plugins share (a library bundled in each plugin zip's {@code lib/}, never a
 * plugin of its own): {@link io.containment.plugins.dynamodb.support.DynamoDbConfig} (the shared
 * configuration keys), {@link io.containment.plugins.dynamodb.support.ClientSettings} (the client
 * they describe) and {@link io.containment.plugins.dynamodb.support.TableSetup} (create, await and
 * check the table at startup).
 */
package io.containment.plugins.dynamodb.support;
