package dev.migrata.sample;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.MigrationChainTests;

/** The migration test kit on the sample's chain, as a user's build would run it. */
class SampleChainKitTest extends MigrationChainTests {

    @Override
    protected MigrationChain chain() {
        return SampleSchemaMigrations.chain();
    }
}
