package dev.migrata.testing;

import static dev.migrata.runtime.MigrationStep.transactional;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.TestChain;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.List;
import java.util.Optional;

/** Hand-built chains for the kit's tests: a good one and one broken in each way a check catches. */
final class KitChains {

    static final String CREATE_USERS =
            "CREATE TABLE users (id bigint NOT NULL, email text NOT NULL, CONSTRAINT pk_users PRIMARY KEY (id))";
    static final String CREATE_TAGS = "CREATE TABLE tags (id bigint NOT NULL, user_id bigint NOT NULL,"
            + " label text NOT NULL, CONSTRAINT pk_tags PRIMARY KEY (id),"
            + " CONSTRAINT fk_tags_user_id_users FOREIGN KEY (user_id) REFERENCES users (id))";
    static final String INDEX_TAGS = "CREATE INDEX ix_tags_label ON tags (label)";

    /** What the good chain's head declares, in the runtime's text form. */
    static final String HEAD_SCHEMA = String.join(
            "\n",
            "table \"\" \"tags\"",
            "column \"id\" \"bigint\" not null",
            "column \"user_id\" \"bigint\" not null",
            "column \"label\" \"text\" not null",
            "primary key \"id\"",
            "index \"ix_tags_label\" \"btree\" \"label\"",
            "constraint \"fk_tags_user_id_users\" foreign key \"user_id\" references \"\" \"users\" \"id\""
                    + " on delete \"NO ACTION\" on update \"NO ACTION\"",
            "constraint \"pk_tags\" primary key \"id\"",
            "table \"\" \"users\"",
            "column \"id\" \"bigint\" not null",
            "column \"email\" \"text\" not null",
            "primary key \"id\"",
            "constraint \"pk_users\" primary key \"id\"",
            "");

    private KitChains() {}

    /** Two revisions that round-trip and build what the head schema declares. */
    static MigrationChain good() {
        return TestChain.named("kit")
                .revision(
                        "001_users",
                        "users",
                        List.of(transactional(CREATE_USERS)),
                        List.of(transactional("DROP TABLE users")))
                .revision(
                        "002_tags",
                        "tags",
                        List.of(transactional(CREATE_TAGS), transactional(INDEX_TAGS)),
                        List.of(transactional("DROP TABLE tags")))
                .headSchema(SchemaDefinition.parse(HEAD_SCHEMA))
                .build();
    }

    /** 002_tags's downgrade drops the table but forgets the type it created. */
    static MigrationChain downgradeLeavesAType() {
        return TestChain.named("kit")
                .revision(
                        "001_users",
                        "users",
                        List.of(transactional(CREATE_USERS)),
                        List.of(transactional("DROP TABLE users")))
                .revision(
                        "002_tags",
                        "tags",
                        List.of(
                                transactional("CREATE TYPE tag_colour AS ENUM ('red', 'blue')"),
                                transactional(CREATE_TAGS),
                                transactional(INDEX_TAGS)),
                        List.of(transactional("DROP TABLE tags")))
                .headSchema(SchemaDefinition.parse(HEAD_SCHEMA))
                .build();
    }

    /** The head schema declares a column {@code users.name} that no revision creates. */
    static MigrationChain headSchemaDiffersFromSql() {
        return TestChain.named("kit")
                .revision(
                        "001_users",
                        "users",
                        List.of(transactional(CREATE_USERS)),
                        List.of(transactional("DROP TABLE users")))
                .revision(
                        "002_tags",
                        "tags",
                        List.of(transactional(CREATE_TAGS), transactional(INDEX_TAGS)),
                        List.of(transactional("DROP TABLE tags")))
                .headSchema(SchemaDefinition.parse(HEAD_SCHEMA.replace(
                        "column \"email\" \"text\" not null",
                        "column \"email\" \"text\" not null\n" + "column \"name\" \"text\"")))
                .build();
    }

    /** 002_tags's downgrade drops a table that does not exist. */
    static MigrationChain downgradeFails() {
        return TestChain.named("kit")
                .revision(
                        "001_users",
                        "users",
                        List.of(transactional(CREATE_USERS)),
                        List.of(transactional("DROP TABLE users")))
                .revision(
                        "002_tags",
                        "tags",
                        List.of(transactional(CREATE_TAGS), transactional(INDEX_TAGS)),
                        List.of(transactional("DROP TABLE tag")))
                .headSchema(SchemaDefinition.parse(HEAD_SCHEMA))
                .build();
    }

    /** The good chain with a third revision that names 001_users as its parent too: two heads. */
    static MigrationChain twoHeads() {
        MigrationChain good = good();
        Migration second = good.migrations().get(1);
        Migration sibling = new TestChain.Revision(
                "003_sibling",
                Optional.of("001_users"),
                "a second child of 001_users",
                second.checksum(),
                second.chainChecksum(),
                second.upgradeSteps(),
                second.downgradeSteps(),
                Optional.empty());
        List<Migration> revisions = List.of(good.migrations().get(0), second, sibling);
        return new MigrationChain() {
            @Override
            public String name() {
                return "kit";
            }

            @Override
            public List<Migration> migrations() {
                return revisions;
            }

            @Override
            public SchemaDefinition headSchema() {
                return good.headSchema();
            }
        };
    }
}
