package org.starrocks4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names compare as StarRocks resolves them: case-insensitively, without quotes or surrounding space. */
class NamesTest {

    @Test
    void theKeyIsLowerCaseUnquotedAndStripped() {
        assertThat(Names.key("id")).isEqualTo("id");
        assertThat(Names.key("Id")).isEqualTo("id");
        assertThat(Names.key("`Id`")).isEqualTo("id");
        assertThat(Names.key(" id ")).isEqualTo("id");
        assertThat(Names.key("`a``b`")).isEqualTo("a`b");
        assertThat(Names.key("ÜNÏ")).isEqualTo("ünï");
        assertThat(Names.key("page views")).isEqualTo("page views");
        assertThat(Names.key("")).isEmpty();
    }

    @Test
    void listsCompareByKey() {
        List<String> names = List.of("K1", "`v`", "ünï");
        assertThat(Names.indexOf(names, "k1")).isZero();
        assertThat(Names.indexOf(names, "V")).isEqualTo(1);
        assertThat(Names.contains(names, "ÜNÏ")).isTrue();
        assertThat(Names.contains(names, "k2")).isFalse();
        assertThat(Names.sameColumns(names, List.of("k1", "v", "Ünï"))).isTrue();
        assertThat(Names.sameColumns(names, List.of("k1", "v"))).isFalse();
        assertThat(Names.sameColumns(names, List.of("v", "k1", "ünï"))).isFalse();
    }
}
