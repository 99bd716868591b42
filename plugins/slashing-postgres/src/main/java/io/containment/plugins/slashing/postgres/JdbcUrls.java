package io.containment.plugins.slashing.postgres;

import java.util.regex.Pattern;

/** PostgreSQL JDBC URLs as this plugin accepts them, and as they may appear in messages. */
final class JdbcUrls {
    private static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&]password=)[^&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?]*:)[^/@?]*@");

    private JdbcUrls() {
    }

    static boolean isPostgres(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /** The URL with any password (query parameter or user info) replaced by {@code ***}. */
    static String withoutPassword(String url) {
        String masked = PASSWORD.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
