package se.samverkan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void recognisesALostDatabaseDeepInTheCauseChain() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5 refused", "08001",
                new ConnectException("Connection refused"));

        assertThat(UnexpectedExceptionMapper.isDatabaseUnreachable(new PersistenceException("wrapped", refused)))
                .isTrue();
    }

    @Test
    void otherSqlErrorsAreNotMistakenForAnOutage() {
        SQLException constraint = new SQLException("duplicate key", "23505");

        assertThat(UnexpectedExceptionMapper.isDatabaseUnreachable(new PersistenceException(constraint))).isFalse();
        assertThat(UnexpectedExceptionMapper.isDatabaseUnreachable(new IllegalStateException("bug"))).isFalse();
    }
}
