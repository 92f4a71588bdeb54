package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.migrate.Revisions.rev;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    // a1 -> b1 -> c1 (branch 1) and b1 -> c2 (branch 2), merged by d1
    private final Revision a = rev("aaa111", (String) null, "CREATE TABLE a (x INT);", "DROP TABLE a;");
    private final Revision b = rev("bbb111", "aaa111", "CREATE TABLE b (x INT);", "DROP TABLE b;");
    private final Revision c1 = rev("ccc111", "bbb111", "CREATE TABLE c1 (x INT);", "DROP TABLE c1;");
    private final Revision c2 = rev("ccc222", "bbb111", "CREATE TABLE c2 (x INT);", "DROP TABLE c2;");
    private final Revision d = rev("ddd111", List.of("ccc111", "ccc222"), "", "");

    @Test
    void ordersParentsFirstAndFindsHeads() {
        RevisionGraph graph = new RevisionGraph(List.of(d, c2, c1, b, a));
        assertThat(graph.revisions()).extracting(Revision::id)
                .containsExactly("aaa111", "bbb111", "ccc111", "ccc222", "ddd111");
        assertThat(graph.heads()).extracting(Revision::id).containsExactly("ddd111");
        assertThat(graph.bases()).extracting(Revision::id).containsExactly("aaa111");
        assertThat(graph.ancestorsOf("ccc222")).containsExactlyInAnyOrder("ccc222", "bbb111", "aaa111");
    }

    @Test
    void branchesHaveSeveralHeadsAndHeadIsAmbiguous() {
        RevisionGraph graph = new RevisionGraph(List.of(a, b, c1, c2));
        assertThat(graph.heads()).extracting(Revision::id).containsExactly("ccc111", "ccc222");
        assertThatThrownBy(graph::head).hasMessageContaining("2 heads (ccc111, ccc222)")
                .hasMessageContaining("starrocks4j merge");
        assertThat(graph.headsOf(Set.of("aaa111", "bbb111", "ccc222"))).extracting(Revision::id)
                .containsExactly("ccc222");
    }

    @Test
    void resolvesIdsAndUniquePrefixes() {
        RevisionGraph graph = new RevisionGraph(List.of(a, b, c1, c2));
        assertThat(graph.resolve("bb").id()).isEqualTo("bbb111");
        assertThat(graph.resolve("ccc111").id()).isEqualTo("ccc111");
        assertThatThrownBy(() -> graph.resolve("ccc")).hasMessageContaining("ambiguous")
                .hasMessageContaining("ccc111, ccc222");
        assertThatThrownBy(() -> graph.resolve("zz")).hasMessageContaining("no revision 'zz'");
    }

    @Test
    void rejectsBrokenGraphs() {
        assertThatThrownBy(() -> new RevisionGraph(List.of(a, rev("aaa111", (String) null, "", ""))))
                .hasMessageContaining("two revision files have id aaa111");
        assertThatThrownBy(() -> new RevisionGraph(List.of(b)))
                .hasMessageContaining("names parent aaa111, but no revision file has that id");
        Revision x = rev("xxx111", "yyy111", "", "");
        Revision y = rev("yyy111", "xxx111", "", "");
        assertThatThrownBy(() -> new RevisionGraph(List.of(a, x, y))).hasMessageContaining("form a cycle");
    }

    @Test
    void plansUpgradesToEveryKindOfTarget() {
        RevisionGraph graph = new RevisionGraph(List.of(a, b, c1, c2, d));
        assertThat(ids(MigrationPlanner.upgrade(graph, Set.of(), "head")))
                .containsExactly("aaa111", "bbb111", "ccc111", "ccc222", "ddd111");
        assertThat(ids(MigrationPlanner.upgrade(graph, Set.of("aaa111"), "+2"))).containsExactly("bbb111", "ccc111");
        assertThat(ids(MigrationPlanner.upgrade(graph, Set.of("aaa111"), "ccc2"))).containsExactly("bbb111", "ccc222");
        assertThat(ids(MigrationPlanner.upgrade(graph, Set.of("aaa111", "bbb111", "ccc222"), "heads")))
                .containsExactly("ccc111", "ddd111");
        assertThat(MigrationPlanner.upgrade(graph, graph.ancestorsOf("ddd111"), "head")).isEmpty();
        assertThatThrownBy(() -> MigrationPlanner.upgrade(graph, Set.of(), "+9"))
                .hasMessageContaining("only 5 revision(s) are not applied");
        assertThatThrownBy(() -> MigrationPlanner.upgrade(graph, Set.of(), "-1")).hasMessageContaining("downgrade");
    }

    @Test
    void plansDowngradesChildrenFirst() {
        RevisionGraph graph = new RevisionGraph(List.of(a, b, c1, c2, d));
        Set<String> all = graph.ancestorsOf("ddd111");
        assertThat(ids(MigrationPlanner.downgrade(graph, all, "-1"))).containsExactly("ddd111");
        assertThat(ids(MigrationPlanner.downgrade(graph, all, "bbb111")))
                .containsExactly("ddd111", "ccc222", "ccc111");
        assertThat(ids(MigrationPlanner.downgrade(graph, all, "base")))
                .containsExactly("ddd111", "ccc222", "ccc111", "bbb111", "aaa111");
        assertThat(ids(MigrationPlanner.downgrade(graph, all, "ccc111"))).containsExactly("ddd111", "ccc222");
        assertThatThrownBy(() -> MigrationPlanner.downgrade(graph, Set.of("aaa111"), "bbb111"))
                .hasMessageContaining("not applied");
        assertThatThrownBy(() -> MigrationPlanner.downgrade(graph, all, "head")).hasMessageContaining("upgrade");
    }

    private static List<String> ids(List<MigrationStep> steps) {
        return steps.stream().map(s -> s.revision().id()).toList();
    }
}
