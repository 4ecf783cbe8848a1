package io.slotwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.store.TeamServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team calendar chosen in Settings, kept in the data directory: its address, and a typed password kept privately. */
class TeamCalendarChoiceTest {

    private static final String ADDRESS = "postgresql://anna@db.example:5433/team";

    @TempDir
    Path dataDir;
    @TempDir
    Path home;

    @Test
    void theChoiceIsRememberedAndThePasswordKeptApartReadableByTheUserOnly() throws Exception {
        assertThat(CalendarLocation.chosenIn(dataDir)).isEqualTo(CalendarLocation.embedded(dataDir));

        TeamCalendarChoice.remember(dataDir, ADDRESS, "s3cr:t");
        assertThat(CalendarLocation.chosenIn(dataDir)).isEqualTo(CalendarLocation.teamServer(ADDRESS, dataDir));
        String properties = Files.readString(dataDir.resolve(TeamCalendarChoice.FILE));
        assertThat(properties).contains("db.example").doesNotContain("s3cr");
        Path passwords = dataDir.resolve(TeamCalendarChoice.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
        assertThat(Files.readString(passwords)).contains("db.example:5433:team:anna:s3cr\\:t");

        TeamServer server = TeamServer.parse(ADDRESS, null);
        assertThat(CalendarLocation.withPassword(server, dataDir, Map.of(), home).password()).isEqualTo("s3cr:t");
        // PGPASSWORD first, as psql has it; then the password typed in Settings; then ~/.pgpass.
        assertThat(CalendarLocation.withPassword(server, dataDir, Map.of("PGPASSWORD", "env"), home).password())
                .isEqualTo("env");
        Files.writeString(home.resolve(".pgpass"), "*:*:*:anna:from-pgpass\n");
        assertThat(CalendarLocation.withPassword(server, dataDir, Map.of(), home).password()).isEqualTo("s3cr:t");

        // A new address without a password keeps the password file; going back to this computer forgets both.
        TeamCalendarChoice.remember(dataDir, ADDRESS, "");
        assertThat(Files.exists(passwords)).isTrue();
        TeamCalendarChoice.forget(dataDir);
        assertThat(CalendarLocation.chosenIn(dataDir)).isEqualTo(CalendarLocation.embedded(dataDir));
        assertThat(Files.exists(passwords)).isFalse();
        assertThat(CalendarLocation.withPassword(server, dataDir, Map.of(), home).password()).isEqualTo("from-pgpass");
    }

    @Test
    void aBadAddressIsRefusedNamingWhatIsWrongAndNothingIsWritten() {
        assertThatThrownBy(() -> TeamCalendarChoice.remember(dataDir, "postgresql://anna:pw@db.example/team", "pw"))
                .hasMessageContaining("leave the password out of the address");
        assertThat(dataDir.resolve(TeamCalendarChoice.FILE)).doesNotExist();
        assertThat(dataDir.resolve(TeamCalendarChoice.PASSWORD_FILE)).doesNotExist();
    }
}
