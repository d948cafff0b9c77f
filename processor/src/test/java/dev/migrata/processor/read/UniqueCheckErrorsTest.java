package dev.migrata.processor.read;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about table-level {@code @Unique} and {@code @Check}: MIG221, MIG318–MIG320 and their names. */
class UniqueCheckErrorsTest extends ProcessorTestSupport {

    @Test
    void uniqueWithAMistypedColumnGivesAValidColumnAsTheExample() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {\"event_id\", \"sete\"})",
                "record Seat(@Column(primaryKey = true) long id, long eventId, String seat) {}");
        Compilation compilation = assertError(
                source,
                "@Unique(columns",
                "[MIG318] @Unique(columns) on Seat names column 'sete', but table 'seat' has no such column. Its columns "
                        + "are: id, event_id, seat. Use the column names as in the database, e.g. "
                        + "@Unique(columns = {\"event_id\", \"seat\"}).");
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertFalse(message.substring(message.indexOf("e.g.")).contains("sete"), "the example repeats the wrong name");
    }

    @Test
    void uniqueNamingAJavaFieldSuggestsItsColumn() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {\"eventId\", \"seat\"})",
                "record Seat(@Column(primaryKey = true) long id, long eventId, String seat) {}");
        assertError(source, "@Unique(columns", "[MIG318]", "e.g. @Unique(columns = {\"event_id\", \"seat\"})");
    }

    @Test
    void uniqueWithoutColumns() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {})",
                "record Seat(@Column(primaryKey = true) long id, String seat) {}");
        assertError(
                source,
                "@Unique(columns",
                "[MIG319] @Unique on Seat has no columns. Name at least one, e.g. @Unique(columns = {\"id\"})");
    }

    @Test
    void uniqueRepeatingThePrimaryKey() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table(primaryKey = {\"event_id\", \"seat\"}) @Unique(columns = {\"event_id\", \"seat\"})",
                "record Seat(long eventId, String seat) {}");
        assertError(
                source,
                "@Unique(columns",
                "[MIG320] @Unique(columns = {\"event_id\", \"seat\"}) on Seat constrains the same columns as the primary "
                        + "key",
                "(a primary key is unique already)");
    }

    @Test
    void uniqueRepeatingAnotherUnique() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {\"event_id\", \"seat\"})",
                "@Unique(name = \"seat_once\", columns = {\"event_id\", \"seat\"})",
                "record Seat(@Column(primaryKey = true) long id, long eventId, String seat) {}");
        // javac wraps repeated annotations in a container it wrote itself, so the error is on the class.
        assertError(
                source,
                "record Seat",
                "[MIG320] @Unique(columns = {\"event_id\", \"seat\"}) on Seat constrains the same columns as another "
                        + "@Unique");
    }

    @Test
    void uniqueRepeatingAUniqueColumn() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {\"code\"})",
                "record Seat(@Column(primaryKey = true) long id, @Column(unique = true) String code) {}");
        assertError(
                source,
                "@Unique(columns",
                "[MIG320] @Unique(columns = {\"code\"}) on Seat constrains the same columns as @Column(unique = true) "
                        + "on Seat.code");
    }

    @Test
    void invalidExplicitNames() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Unique(columns = {\"seat\"}, name = \"seat key\")",
                "@Check(value = \"seat <> ''\", name = \"9seat\")",
                "record Seat(@Column(primaryKey = true) long id, String seat) {}");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[MIG206] The unique constraint name 'seat key' of Seat is not a valid name")
                .inFile(source)
                .onLineContaining("seat key");
        assertThat(compilation)
                .hadErrorContaining("[MIG206] The check constraint name '9seat' of Seat is not a valid name")
                .inFile(source)
                .onLineContaining("9seat");
    }

    @Test
    void checkNameUsedTwice() {
        JavaFileObject source = schemaWithTables(
                "Booking.class",
                "@Table @Check(value = \"starts_at < ends_at\", name = \"booking_period\")",
                "@Check(value = \"ends_at > starts_at\", name = \"booking_period\")",
                "record Booking(@Column(primaryKey = true) long id, Instant startsAt, Instant endsAt) {}");
        assertError(
                source,
                "record Booking",
                "[MIG317] The constraint name 'booking_period' is used twice (the @Check(\"starts_at < ends_at\") of "
                        + "Booking and the @Check(\"ends_at > starts_at\") of Booking) in the default schema",
                "@Check(value = \"...\", name = \"booking_period_2\")");
    }

    @Test
    void checkNameTakenByAColumnCheckOfAnotherTable() {
        JavaFileObject source = schemaWithTables(
                "Room.class, Booking.class",
                "@Table record Room(@Column(primaryKey = true) long id, @Column(check = \"size > 0\") int size) {}",
                "@Table @Check(value = \"starts_at < ends_at\", name = \"ck_room_size\")",
                "record Booking(@Column(primaryKey = true) long id, Instant startsAt, Instant endsAt) {}");
        assertError(
                source,
                "ck_room_size",
                "[MIG317] The constraint name 'ck_room_size' is used twice (the CHECK of Room.size and the "
                        + "@Check(\"starts_at < ends_at\") of Booking)");
    }

    @Test
    void uniqueNameTakenByAnIndex() {
        JavaFileObject source = schemaWithTables(
                "Seat.class",
                "@Table @Index(columns = {\"seat\"}, name = \"seat_key\")",
                "@Unique(columns = {\"event_id\", \"seat\"}, name = \"seat_key\")",
                "record Seat(@Column(primaryKey = true) long id, long eventId, String seat) {}");
        assertError(
                source,
                "@Index(columns",
                "[MIG306] The name 'seat_key' is used twice (a unique constraint of seat and an index of seat) in the "
                        + "default schema");
    }

    @Test
    void emptyCheck() {
        JavaFileObject source = schemaWithTables(
                "Booking.class", "@Table @Check(\"\")", "record Booking(@Column(primaryKey = true) long id) {}");
        assertError(
                source, "@Check(", "[MIG221] @Check(\"\") on Booking is not one SQL boolean expression: it is empty.");
    }

    @Test
    void checkSmugglingAStatement() {
        JavaFileObject source = schemaWithTables(
                "Booking.class",
                "@Table @Check(\"starts_at < ends_at); DROP TABLE booking; --\")",
                "record Booking(@Column(primaryKey = true) long id, Instant startsAt, Instant endsAt) {}");
        assertError(
                source,
                "@Check(",
                "[MIG221] @Check(\"starts_at < ends_at); DROP TABLE booking; --\") on Booking is not one SQL boolean "
                        + "expression: it has a ')' that closes nothing it opened",
                "e.g. @Check(\"starts_at < ends_at\")");
    }

    @Test
    void referenceToASingleColumnUniqueCompiles() {
        JavaFileObject source = schemaWithTables(
                "Room.class, Booking.class",
                "@Table @Unique(columns = {\"code\"}) record Room(@Column(primaryKey = true) long id, String code) {}",
                "@Table record Booking(@Column(primaryKey = true) long id,",
                "    @References(value = Room.class, column = \"code\") String roomCode) {}");
        assertThat(compile(source)).succeededWithoutWarnings();
    }
}
