package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming a team server, finding its password, and what the user is told when it cannot be used. */
class TeamServerTest {

    @TempDir
    Path dir;

    @Test
    void anAddressNamesUserHostPortAndDatabaseAndNeverHoldsThePassword() {
        TeamServer s = TeamServer.parse("postgresql://anna@db.example.com:6543/team?sslmode=require", "secret");
        assertThat(s.user()).isEqualTo("anna");
        assertThat(s.host()).isEqualTo("db.example.com");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.database()).isEqualTo("team");
        assertThat(s.sslMode()).isEqualTo("require");
        assertThat(s.toString()).isEqualTo("postgresql://anna@db.example.com:6543/team?sslmode=require")
                .doesNotContain("secret");
        assertThat(TeamServer.parse("postgres://anna@db/team", null).port()).isEqualTo(5432);
        assertThat(TeamServer.parse("postgres://anna@db/team", null).address()).isEqualTo("postgresql://anna@db/team");
    }

    @Test
    void aBadAddressIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> TeamServer.parse("postgresql://anna:secret@db/team", null))
                .hasMessageStartingWith("database: leave the password out of the address");
        assertThatThrownBy(() -> TeamServer.parse("mysql://anna@db/team", null))
                .hasMessageContaining("must start with postgresql://");
        assertThatThrownBy(() -> TeamServer.parse("postgresql://db/team", null)).hasMessageContaining("needs a user");
        assertThatThrownBy(() -> TeamServer.parse("postgresql://anna@db", null)).hasMessageContaining("database name");
        assertThatThrownBy(() -> TeamServer.parse("postgresql://anna@db/team?ssl=yes", null))
                .hasMessageContaining("unknown option \"ssl=yes\"");
        assertThatThrownBy(() -> TeamServer.parse("postgresql://anna@db:99999/team", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamServer.parse(" ", null)).hasMessageStartingWith("database:");
    }

    @Test
    void thePasswordComesFromPgpasswordElseThePasswordFileAsPsqlReadsIt() throws Exception {
        Path file = dir.resolve("pgpass");
        Files.write(file, List.of(
                "# comments and blank lines are skipped",
                "",
                "other.example.com:5432:*:anna:not-this-one",
                "db.example.com:5432:team:anna:pa\\:ss\\\\word",
                "*:*:*:*:fallback"));
        TeamServer team = TeamServer.parse("postgresql://anna@db.example.com/team", null);
        assertThat(team.withPasswordFrom(null, PasswordFile.read(file)).password()).isEqualTo("pa:ss\\word");
        assertThat(team.withPasswordFrom("from-env", PasswordFile.read(file)).password()).isEqualTo("from-env");
        assertThat(TeamServer.parse("postgresql://bob@elsewhere/x", null).withPasswordFrom(null, PasswordFile.read(file))
                .password()).isEqualTo("fallback");
        assertThat(team.withPasswordFrom(null, PasswordFile.read(dir.resolve("missing"))).password()).isNull();
        assertThat(PasswordFile.ofUser(Map.of("PGPASSFILE", file.toString()), dir).passwordFor(team)).hasValue("pa:ss\\word");
        assertThat(PasswordFile.ofUser(Map.of(), dir).passwordFor(team)).isEmpty(); // no ~/.pgpass in this home
    }

    @Test
    void eachWayATeamServerCannotBeUsedIsSaidPlainly() throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        String database = pg.newDatabase();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertProblem(TeamServer.parse("postgresql://slotwise@127.0.0.1:" + closedPort + "/x", "pw"),
                TeamServerProblem.UNREACHABLE, "Cannot reach the team server at 127.0.0.1:" + closedPort
                        + ": nothing answers at that port");
        assertProblem(TeamServer.parse("postgresql://slotwise@no-such-host.invalid/x", "pw"),
                TeamServerProblem.UNREACHABLE, "no such host");
        assertProblem(TeamServer.parse(pg.address(database), "wrong password"), TeamServerProblem.AUTH_FAILED,
                "refused user \"slotwise\": wrong or missing password");
        assertProblem(TeamServer.parse(pg.address(database), null), TeamServerProblem.AUTH_FAILED,
                "wrong or missing password");
        assertProblem(TeamServer.parse(pg.address("no_such_calendar"), ThrowawayPostgres.PASSWORD),
                TeamServerProblem.DATABASE_MISSING, "has no database \"no_such_calendar\"");

        // A calendar a newer Slotwise upgraded: this one refuses to touch it.
        TeamServer server = TeamServer.parse(pg.address(database), ThrowawayPostgres.PASSWORD);
        Store.openTeam(server, dir).close();
        try (var c = DriverManager.getConnection(pg.jdbcUrl(database), ThrowawayPostgres.USER, ThrowawayPostgres.PASSWORD);
             var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 0, 'slotwise', 1, TRUE)");
        }
        assertProblem(server, TeamServerProblem.NEWER_SCHEMA, "upgraded by a newer Slotwise (its schema is version 99,"
                + " this app knows " + Store.SCHEMA_VERSION + "): update Slotwise");
    }

    private void assertProblem(TeamServer server, TeamServerProblem problem, String message) {
        assertThatThrownBy(() -> Store.openTeam(server, dir))
                .isInstanceOfSatisfying(TeamServerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).contains(message);
                    if (server.password() != null) {
                        assertThat(e.getMessage()).doesNotContain(server.password());
                    }
                });
    }
}
