package org.starrocks4j.examples.annotated;

import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksMaterializedView;

/** An asynchronous materialized view over {@link MyTable}. */
@StarRocksMaterializedView(
        name = "my_mv",
        definition = "SELECT name, count(1) FROM my_table GROUP BY name",
        properties = @Property(name = "replication_num", value = "1"))
public class MyMv {
}
