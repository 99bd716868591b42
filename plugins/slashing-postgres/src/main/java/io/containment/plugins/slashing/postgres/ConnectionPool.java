package io.containment.plugins.slashing.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The pool of connections of one signer process, with every timeout set so that a hung or
 * unreachable database becomes an error within seconds and never pins a thread:
 *
 * <ul>
 *   <li>{@code connect_timeout}: the driver's connect and login timeouts, and how long a request
 *       waits for a pooled connection (Hikari's {@code connectionTimeout});</li>
 *   <li>{@code statement_timeout}: the server's {@code statement_timeout} and {@code lock_timeout}
 *       (so the wait for another signer's lock on a validator is bounded too), and, plus a margin,
 *       the driver's {@code socketTimeout} (a server that stops answering);</li>
 *   <li>{@code idle_in_transaction_session_timeout}: a lock held by a signer that vanished without
 *       closing its connection is released after ten statement timeouts.</li>
 * </ul>
 */
final class ConnectionPool {
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(2);

    private ConnectionPool() {
    }

    /** Creates the pool (no connection is opened yet); wipes the settings' password. */
    static HikariDataSource create(ConnectionSettings settings, String poolName) {
        try {
            HikariConfig config = new HikariConfig();
            config.setDataSource(dataSource(settings));
            config.setPoolName(poolName);
            config.setMaximumPoolSize(settings.poolSize());
            config.setMinimumIdle(1);
            config.setAutoCommit(false);
            long connectMillis = Math.max(250, settings.connectTimeout().toMillis());
            config.setConnectionTimeout(connectMillis);
            config.setValidationTimeout(Math.max(250, connectMillis / 2));
            config.setInitializationFailTimeout(-1);
            config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
            return new HikariDataSource(config);
        } finally {
            settings.wipePassword();
        }
    }

    private static DataSource dataSource(ConnectionSettings settings) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(settings.url());
        settings.username().ifPresent(source::setUser);
        settings.password().ifPresent(bytes -> source.setPassword(new String(bytes, StandardCharsets.UTF_8)));
        int connectSeconds = seconds(settings.connectTimeout());
        source.setConnectTimeout(connectSeconds);
        source.setLoginTimeout(connectSeconds);
        source.setSocketTimeout(seconds(settings.statementTimeout().plus(SOCKET_MARGIN)));
        source.setTcpKeepAlive(true);
        source.setApplicationName("containment-chamber");
        long statementMillis = settings.statementTimeout().toMillis();
        source.setOptions("-c statement_timeout=" + statementMillis + " -c lock_timeout=" + statementMillis
                + " -c idle_in_transaction_session_timeout=" + statementMillis * 10);
        return source;
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
