package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.error.Failures;
import io.vertx.core.http.HttpClosedException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Every way PostgreSQL says it is not there is an outage (503), and what it refuses of the data is the client's (4xx). */
class FailuresTests {

    private static PgException postgres(String sqlState) {
        return new PgException("message", "FATAL", sqlState, null);
    }

    @Test
    void everyWayPostgresIsAwayIsAnOutage() {
        for (Throwable away : new Throwable[] { postgres("57P01"), postgres("57P02"), postgres("57P03"), postgres("53300"),
                postgres("08006"), postgres("08001"), ClosedConnectionException.INSTANCE, new ConnectException("refused"),
                new IOException("Connection reset by peer"), new CompletionException(postgres("57P03")) }) {
            assertTrue(Failures.isDatabaseUnreachable(away), away.toString());
        }
        assertFalse(Failures.isDatabaseUnreachable(postgres("23505")));
        assertFalse(Failures.isDatabaseUnreachable(new IOException("Connection terminated reading multipart data")));
        // wrk closing its connections in the middle of a 16 kB body, as the hostile bench saw it
        assertFalse(Failures.isDatabaseUnreachable(new IOException(new IOException(new HttpClosedException("Connection was closed")))));
    }

    @Test
    void refusedDataIsTheClientsAnswer() {
        // A named constraint's own code (ROSTER_KEY_TAKEN…) is shown end to end in EdgeTests.
        assertEquals(ErrorCode.ALREADY_EXISTS, Failures.refusedData(postgres("23505")).map(ApiException::code).orElseThrow());
        ApiException unknown = Failures.refusedData(new PgException("fk", "ERROR", "23503",
                "Key (category_id)=(9) is not present in table \"categories\".")).orElseThrow();
        assertEquals(ErrorCode.UNKNOWN_REFERENCE, unknown.code());
        assertEquals("categoryId", unknown.fieldProblems().get(0).field());
        assertEquals(ErrorCode.TEXT_NOT_STORABLE, Failures.refusedData(postgres("22021")).map(ApiException::code).orElseThrow());
        assertTrue(Failures.refusedData(postgres("57P01")).isEmpty());
    }
}
