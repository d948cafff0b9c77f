package dev.migrata.processor;

import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.read.SchemaDeclaration;
import javax.annotation.processing.ProcessingEnvironment;

/** Freezes or generates a schema's revision files and writes its Java classes. (Placeholder until the generation stage lands.) */
final class SchemaGenerator {

    private final ProcessingEnvironment env;
    private final Reporter reporter;

    SchemaGenerator(ProcessingEnvironment env, Reporter reporter) {
        this.env = env;
        this.reporter = reporter;
    }

    void generate(SchemaDeclaration schema) {}
}
