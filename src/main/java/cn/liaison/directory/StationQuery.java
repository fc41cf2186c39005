package cn.liaison.directory;


/**
 * Filters of the public station list. With a point ({@code near}), stations within
 * {@code radiusKm} come nearest first; otherwise in a stable order.
 */
public record StationQuery(Long regionId, StationLevel level, String text, Point near, double radiusKm) {

    public record Point(double latitude, double longitude) {
    }
}
