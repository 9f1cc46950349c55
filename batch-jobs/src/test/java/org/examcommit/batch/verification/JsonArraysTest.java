package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArraysTest {

    @Test
    void readsEveryScalarAsItsTextAndNullAsNull() {
        List<String[]> rows =
                JsonArrays.parse("[[1, \"BACHELOR\", null, true, \"2014-07-01\"], [2,\"MASTER\",\"x\",false,null]]");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("1", "BACHELOR", null, "true", "2014-07-01");
        assertThat(rows.get(1)).containsExactly("2", "MASTER", "x", "false", null);
    }

    @Test
    void keepsNonAsciiTextAndLeadingZerosAndUndoesEscapes() {
        List<String[]> rows = JsonArrays.parse("[[\"阿卜杜拉·买买提\", \"000123\", \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u4e2d\"]]");

        assertThat(rows.get(0)).containsExactly("阿卜杜拉·买买提", "000123", "a\"b\\c/d\n\té中");
        // non-ASCII around an escape, and a character outside the BMP escaped as a surrogate pair
        assertThat(JsonArrays.parse("[[\"买\\\"提\", \"\\ud83d\\ude00·\"]]").get(0))
                .containsExactly("买\"提", "😀·");
    }

    @Test
    void readsPlainStringsBeforeAndAfterAnEscapedOne() {
        List<String[]> rows = JsonArrays.parse("[[\"a\", \"b\\\"c\", \"d\"], [\"e\\\\\", \"f\"]]");

        assertThat(rows.get(0)).containsExactly("a", "b\"c", "d");
        assertThat(rows.get(1)).containsExactly("e\\", "f");
    }

    @Test
    void readsSqlNullAndEmptyArraysAsNoRows() {
        assertThat(JsonArrays.parse(null)).isEmpty();
        assertThat(JsonArrays.parse("[]")).isEmpty();
        assertThat(JsonArrays.parse(" [ [ ] ] ").get(0)).isEmpty();
    }

    @Test
    void refusesAnotherShapeSayingWhereWithoutEchoingTheText() {
        assertThatThrownBy(() -> JsonArrays.parse("[[\"11010119900307803X\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aggregate JSON: expected ',' or ']' at character 22 of 22");
        assertThatThrownBy(() -> JsonArrays.parse("[[{\"a\": 1}]]")).hasMessageContaining("expected a scalar value");
        assertThatThrownBy(() -> JsonArrays.parse("[[1]] x")).hasMessageContaining("expected the end of the text");
        assertThatThrownBy(() -> JsonArrays.parse("[[\"open]]")).hasMessageContaining("expected a closing quote");
        assertThatThrownBy(() -> JsonArrays.parse("[[\"a\\u12x4\"]]"))
                .hasMessage("aggregate JSON: expected four hex digits at character 6 of 13");
        assertThatThrownBy(() -> JsonArrays.parse("[[\"a\\q\"]]")).hasMessageContaining("expected an escape character");
    }

    @Test
    void readsIsoDatesAndRefusesImpossibleOnes() {
        assertThat(ApplicationFactsReader.FactsMapper.date("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ApplicationFactsReader.FactsMapper.date(null)).isNull();
        assertThatThrownBy(() -> ApplicationFactsReader.FactsMapper.date("2026-02-30"))
                .isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> ApplicationFactsReader.FactsMapper.date("2026-0a-01"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
