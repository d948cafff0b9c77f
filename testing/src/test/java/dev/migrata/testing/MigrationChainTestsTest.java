package dev.migrata.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.migrata.runtime.MigrationChain;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A user's test class that extends {@link MigrationChainTests}, run by the JUnit engine as a build
 * would run it: four tests, all passing on a good chain, the right ones failing on a broken one.
 */
class MigrationChainTestsTest {

    /** What a user writes for a good chain. Nested, so the build does not run it on its own. */
    static class GoodChainTests extends MigrationChainTests {
        @Override
        protected MigrationChain chain() {
            return KitChains.good();
        }
    }

    /** What a user writes for a chain whose 002_tags downgrade forgets a type. */
    static class LeakyChainTests extends MigrationChainTests {
        @Override
        protected MigrationChain chain() {
            return KitChains.downgradeLeavesAType();
        }
    }

    @Test
    void aGoodChainPassesTheFourTests() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(GoodChainTests.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4).failed(0))
                .assertThatEvents()
                .haveExactly(1, event(test("singleHead"), finishedSuccessfully()))
                .haveExactly(1, event(test("stairway"), finishedSuccessfully()))
                .haveExactly(1, event(test("headMatchesSchema"), finishedSuccessfully()))
                .haveExactly(1, event(test("baseLeavesNothing"), finishedSuccessfully()));
    }

    @Test
    void aLeakyDowngradeFailsStairwayAndBaseNamingTheRevision() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(LeakyChainTests.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(2).failed(2))
                .assertThatEvents()
                .haveExactly(1, event(test("singleHead"), finishedSuccessfully()))
                .haveExactly(1, event(test("headMatchesSchema"), finishedSuccessfully()))
                .haveExactly(
                        1,
                        event(
                                test("stairway"),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(m -> m.startsWith("Revision 002_tags: its downgrade does not restore"
                                                        + " the catalog of 001_users\nleft behind:\n")
                                                && m.contains("CREATE TYPE public.tag_colour")))))
                .haveExactly(
                        1,
                        event(
                                test("baseLeavesNothing"),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(m -> m.startsWith("Downgrading from head revision 002_tags to base")
                                                && m.contains("CREATE TYPE public.tag_colour")))));
    }
}
