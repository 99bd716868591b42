package io.containment.api.slashing;

/** Whether a store can serve checks now, with a short detail for {@code /healthcheck}. */
public record StoreHealth(boolean available, String detail) {
    public static StoreHealth up(String detail) {
        return new StoreHealth(true, detail);
    }

    public static StoreHealth down(String detail) {
        return new StoreHealth(false, detail);
    }
}
