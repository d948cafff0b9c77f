package dev.migrata.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which type changes PostgreSQL makes without USING, and which rewrite the table. */
class TypeConversionsTest {

    @ParameterizedTest(name = "{0} -> {1}: needs USING {2}, rewrites {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "smallint         | integer          | false | true",
                "integer          | bigint           | false | true",
                "bigint           | integer          | true  | true",
                "real             | double precision | false | true",
                "varchar(20)      | varchar(40)      | false | false",
                "varchar(40)      | varchar(20)      | true  | true",
                "varchar(40)      | text             | false | false",
                "text             | varchar(40)      | false | true",
                "text             | varchar          | false | false",
                "varchar          | text             | false | false",
                "numeric(10,2)    | numeric(12,2)    | false | false",
                "numeric(10,2)    | numeric          | false | false",
                "numeric(10,2)    | numeric(12,4)    | true  | true",
                "numeric(12,2)    | numeric(10,2)    | true  | true",
                "timestamp        | timestamptz      | false | true",
                "timestamptz      | timestamp        | true  | true",
                "text             | integer          | true  | true",
                "integer          | text             | true  | true",
                "vector(3)        | vector(4)        | true  | true",
                "uuid             | text             | true  | true",
            })
    void conversions(String from, String to, boolean needsUsing, boolean rewrites) {
        assertEquals(needsUsing, TypeConversions.needsUsing(from, to), "needs USING");
        assertEquals(rewrites, TypeConversions.rewrites(from, to), "rewrites");
    }
}
