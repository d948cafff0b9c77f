package dev.migrata.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "int|integer",
                "INT4|integer",
                "integer|integer",
                "int2|smallint",
                "int8|bigint",
                "VARCHAR(50)|varchar(50)",
                "character varying(50)|varchar(50)",
                "Character  Varying ( 50 )|varchar(50)",
                "character varying|varchar",
                "timestamp with time zone|timestamptz",
                "timestamptz|timestamptz",
                "timestamp(3) with time zone|timestamptz(3)",
                "timestamp without time zone|timestamp",
                "time with time zone|timetz",
                "double precision|double precision",
                "float8|double precision",
                "float|double precision",
                "float(24)|real",
                "float4|real",
                "bool|boolean",
                "decimal(10,2)|numeric(10,2)",
                "numeric(10, 2)|numeric(10,2)",
                "char|char(1)",
                "character(3)|char(3)",
                "vector(1024)|vector(1024)",
                "JSONB|jsonb",
                "int[]|integer[]",
                "character varying(10)[3]|varchar(10)[]",
                "int array|integer[]",
                "\"MyType\"|\"MyType\"",
                "interval day to second|interval day to second",
            })
    void spellingsOfOneTypeNormalizeToOne(String written, String normalized) {
        assertEquals(normalized, SqlTypes.normalize(written));
        assertEquals(normalized, SqlTypes.normalize(normalized), "normalizing twice changes nothing");
    }
}
