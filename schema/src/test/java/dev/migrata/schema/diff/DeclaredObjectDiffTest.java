package dev.migrata.schema.diff;

import static dev.migrata.schema.sql.TestModels.col;
import static dev.migrata.schema.sql.TestModels.notNull;
import static dev.migrata.schema.sql.TestModels.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.ViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of view, function and trigger changes among the table changes, in both directions, and
 * which views and triggers are dropped and created again around a change of what they read.
 */
class DeclaredObjectDiffTest {

    private static final FunctionModel TOUCH =
            new FunctionModel("touch", "", "trigger", "plpgsql", "BEGIN NEW.at = now(); RETURN NEW; END");
    private static final TriggerModel NOTES_TOUCH =
            new TriggerModel("notes_touch", "", "notes", "BEFORE", List.of("UPDATE"), true, "touch", "");
    private static final ViewModel TITLES = new ViewModel("titles", "SELECT id, score FROM notes", false);
    private static final ViewModel TOP = new ViewModel("top", "SELECT id FROM titles WHERE score > 9", false);
    private static final ViewModel COUNTS = new ViewModel("counts", "SELECT count(*) AS n FROM \"Tags\"", true);

    private static TableModel notes(String scoreType) {
        return table("notes")
                .columns(notNull("id", "bigint"), col("score", scoreType), col("at", "timestamptz"))
                .pk("id")
                .build();
    }

    private static TableModel tags() {
        return table("Tags").columns(notNull("id", "bigint")).pk("id").build();
    }

    private static SchemaModel model(
            String scoreType, List<ViewModel> views, List<FunctionModel> functions, List<TriggerModel> triggers) {
        return new SchemaModel(List.of(notes(scoreType), tags()), List.of(), List.of(), views, functions, triggers);
    }

    private static List<String> upgrade(SchemaModel from, SchemaModel to) {
        return describe(SchemaDiffer.diff(from, to, ExplicitChanges.NONE, Direction.UPGRADE));
    }

    private static List<String> downgrade(SchemaModel from, SchemaModel to) {
        return describe(SchemaDiffer.diff(to, from, ExplicitChanges.NONE, Direction.DOWNGRADE));
    }

    private static List<String> describe(DiffResult result) {
        return result.changes().stream().map(Change::describe).toList();
    }

    @Test
    void functionsComeAfterTheTablesAndBeforeTheViewsAndTriggersThatUseThem() {
        SchemaModel head = model("integer", List.of(TITLES, TOP, COUNTS), List.of(TOUCH), List.of(NOTES_TOUCH));
        assertEquals(
                List.of(
                        "create table Tags",
                        "create table notes",
                        "create function touch() returns trigger",
                        "create view titles as SELECT id, score FROM notes",
                        "create view top as SELECT id FROM titles WHERE score > 9",
                        "create materialized view counts as SELECT count(*) AS n FROM \"Tags\"",
                        "create trigger notes_touch on notes executing touch"),
                upgrade(SchemaModel.EMPTY, head));
        assertEquals(
                List.of(
                        "drop materialized view counts (removed)",
                        "drop view top (removed)",
                        "drop view titles (removed)",
                        "drop trigger notes_touch on notes",
                        "drop function touch()",
                        "drop table Tags",
                        "drop table notes"),
                downgrade(SchemaModel.EMPTY, head));
    }

    @Test
    void viewsReadingARetypedColumnAreDroppedBeforeAndCreatedAfterIt() {
        SchemaModel parent = model("integer", List.of(TITLES, TOP, COUNTS), List.of(), List.of());
        SchemaModel child = model("bigint", List.of(TITLES, TOP, COUNTS), List.of(), List.of());
        // counts reads another table: it stays.
        assertEquals(
                List.of(
                        "drop view top (reads view titles, which is dropped)",
                        "drop view titles (reads table notes, which this revision changes)",
                        "change type of notes.score from integer to bigint",
                        "create view titles as SELECT id, score FROM notes",
                        "create view top as SELECT id FROM titles WHERE score > 9"),
                upgrade(parent, child));
        assertEquals(
                List.of(
                        "drop view top (reads view titles, which is dropped)",
                        "drop view titles (reads table notes, which this revision changes)",
                        "change type of notes.score from bigint to integer",
                        "create view titles as SELECT id, score FROM notes",
                        "create view top as SELECT id FROM titles WHERE score > 9"),
                downgrade(parent, child));
    }

    @Test
    void aQuotedTableNameCountsAsRead() {
        TableModel wider = table("Tags")
                .columns(notNull("id", "bigint"), col("label", "text"))
                .pk("id")
                .build();
        SchemaModel parent = model("integer", List.of(COUNTS), List.of(), List.of());
        SchemaModel child = new SchemaModel(
                List.of(notes("integer"), wider), List.of(), List.of(), List.of(COUNTS), List.of(), List.of());
        // An added column changes nothing a view reads.
        assertEquals(List.of("add column Tags.label (text)"), upgrade(parent, child));
        // A dropped one does.
        assertEquals(
                List.of(
                        "drop materialized view counts (reads table Tags, which this revision changes)",
                        "drop column Tags.label",
                        "create materialized view counts as SELECT count(*) AS n FROM \"Tags\""),
                downgrade(parent, child));
    }

    @Test
    void aChangedBodyIsReplacedInPlaceAndANewSignatureRecreatesTheTriggers() {
        SchemaModel parent = model("integer", List.of(), List.of(TOUCH), List.of(NOTES_TOUCH));
        FunctionModel newBody = new FunctionModel("touch", "", "trigger", "plpgsql", "BEGIN RETURN NEW; END");
        assertEquals(
                List.of("replace function touch() returns trigger"),
                upgrade(parent, model("integer", List.of(), List.of(newBody), List.of(NOTES_TOUCH))));
        FunctionModel newArguments = new FunctionModel("touch", "a integer", "trigger", "plpgsql", TOUCH.body());
        assertEquals(
                List.of(
                        "drop trigger notes_touch on notes",
                        "drop function touch()",
                        "create function touch(a integer) returns trigger",
                        "create trigger notes_touch on notes executing touch"),
                upgrade(parent, model("integer", List.of(), List.of(newArguments), List.of(NOTES_TOUCH))));
    }

    @Test
    void aChangedViewIsDroppedAndCreatedWithItsDependents() {
        ViewModel narrower = new ViewModel("titles", "SELECT id, score FROM notes WHERE score > 0", false);
        assertEquals(
                List.of(
                        "drop view top (reads view titles, which is dropped)",
                        "drop view titles (changed)",
                        "create view titles as SELECT id, score FROM notes WHERE score > 0",
                        "create view top as SELECT id FROM titles WHERE score > 9"),
                upgrade(
                        model("integer", List.of(TITLES, TOP), List.of(), List.of()),
                        model("integer", List.of(narrower, TOP), List.of(), List.of())));
    }
}
