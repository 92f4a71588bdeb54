package org.starrocks4j.schema;

/** {@code SECURITY INVOKER | NONE} of a view (StarRocks does not accept DEFINER). */
public enum ViewSecurity {
    INVOKER, NONE
}
