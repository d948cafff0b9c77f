package dev.migrata.processor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/**
 * The warm-up thread swallows its failures, so that it can never change a build: this runs its work
 * where a failure shows, since a warm-up that throws early would warm up nothing after that point.
 */
class ColdStartTest {

    @Test
    void theWarmUpRunsEveryStageWithoutFailing() {
        assertDoesNotThrow(ColdStart::work);
    }
}
