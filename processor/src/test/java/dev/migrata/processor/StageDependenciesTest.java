package dev.migrata.processor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages depend on each other one way, as data flows through them: {@code read →
 * validate → files → write}, each stage seeing only the stages before it; {@code diag} (origins,
 * the reporter) is seen by all and sees none; the top-level package drives the stages and no stage
 * sees it. The model, diff and SQL stages live in the {@code schema} module, which cannot see the
 * processor at all.
 */
class StageDependenciesTest {

    private static final String PROCESSOR = "dev.migrata.processor";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PROCESSOR);

    @Test
    void processorPackagesHaveNoCycle() {
        noPackageCycle(PROCESSOR).check(PRODUCTION);
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        stagesFlowOneWay(PROCESSOR).check(PRODUCTION);
    }

    @Test
    void rulesRefuseAReaderThatCallsItsValidator() {
        // Test sources shaped like the cycle these rules exist to prevent: read and validate
        // importing each other. Both rules must see it, or the two tests above prove nothing.
        String root = PROCESSOR + ".stagesfixture";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);

        assertTrue(noPackageCycle(root).evaluate(fixture).hasViolation(), "cycle not found");
        assertTrue(stagesFlowOneWay(root).evaluate(fixture).hasViolation(), "read → validate not refused");
    }

    private static ArchRule noPackageCycle(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static ArchRule stagesFlowOneWay(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("generation")
                .definedBy(root)
                .layer("write")
                .definedBy(root + ".write..")
                .layer("files")
                .definedBy(root + ".files..")
                .layer("validate")
                .definedBy(root + ".validate..")
                .layer("read")
                .definedBy(root + ".read..")
                .layer("diag")
                .definedBy(root + ".diag..")
                .whereLayer("generation")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("write")
                .mayOnlyBeAccessedByLayers("generation")
                .whereLayer("files")
                .mayOnlyBeAccessedByLayers("write", "generation")
                .whereLayer("validate")
                .mayOnlyBeAccessedByLayers("files", "write", "generation")
                .whereLayer("read")
                .mayOnlyBeAccessedByLayers("validate", "files", "write", "generation")
                .whereLayer("diag")
                .mayOnlyBeAccessedByLayers("read", "validate", "files", "write", "generation")
                .whereLayer("diag")
                .mayNotAccessAnyLayer();
    }
}
