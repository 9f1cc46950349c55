package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoArgumentsTest {

    @ParameterizedTest
    @CsvSource({"400,400", "1,1", "10000,10000", "'10,000',10000", "10_000,10000", "10000000,10000000"})
    void takesAWholeNumberOfApplications(String value, int expected) throws UsageException {
        assertThat(DemoCommand.applications(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "x", "1.5", "", "10000001", "99999999999"})
    void refusesAnythingElseNamingTheOption(String value) {
        assertThatThrownBy(() -> DemoCommand.applications(value))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("demo: --applications must be");
    }
}
