package org.starrocks4j.examples.annotated;

import org.starrocks4j.annotations.StarRocksView;
import org.starrocks4j.schema.ViewSecurity;

/** A view with every option; its column list comes from the fields (names only: the query decides the types). */
@StarRocksView(
        name = "my_view",
        database = "my_schema",
        comment = "A sample view with all options.",
        security = ViewSecurity.INVOKER,
        definition = "SELECT id, name FROM my_table WHERE id > 50")
public class MyView {

    private Integer userId;

    private String userName;
}
