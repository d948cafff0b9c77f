package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaDumpFilterTest {

    @Test
    void dropsVersionsSettingsAndRestrictKeys() {
        String dump = String.join(
                "\n",
                "--",
                "-- PostgreSQL database dump",
                "--",
                "",
                "\\restrict AbCdEf123",
                "",
                "-- Dumped from database version 17.6",
                "-- Dumped by pg_dump version 17.6",
                "",
                "SET statement_timeout = 0;",
                "SELECT pg_catalog.set_config('search_path', '', false);",
                "",
                "",
                "--",
                "-- Name: t; Type: TABLE; Schema: public; Owner: -",
                "--",
                "",
                "CREATE TABLE public.t (",
                "    id integer",
                ");",
                "",
                "",
                "\\unrestrict AbCdEf123",
                "");
        assertEquals("CREATE TABLE public.t (\n    id integer\n);\n", SchemaDumpFilter.filter(dump));
    }
}
