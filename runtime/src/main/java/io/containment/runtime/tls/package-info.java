/**
 * TLS on the signing port: PEM certificate chain and PKCS#8 key read with the JDK alone, optional
 * client-certificate verification (mTLS), and a watcher that swaps in replaced files without a restart.
 */
package io.containment.runtime.tls;
