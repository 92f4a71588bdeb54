package org.starrocks4j.rules;

/** How a StarRocks cluster stores data; it decides default PROPERTIES and which properties apply at all. */
public enum RunMode {
    /** Classic clusters: BEs own local replicas. */
    SHARED_NOTHING,
    /** Storage in object storage, CNs cache it: no replicas, no storage medium. */
    SHARED_DATA;

    /** Reads {@code shared_nothing} / {@code shared-data} / {@code SHARED_DATA}. */
    public static RunMode parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown run mode '" + text + "'; use shared_nothing or shared_data", e);
        }
    }
}
