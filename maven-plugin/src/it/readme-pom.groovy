// Writes the project's pom.xml from the README's own text, so that the integration tests build
// exactly what a reader copies: the Maven snippet of "Configuring the processor", with the plugin
// snippet of "Maven plugin" added to its <plugins>. Bindings: basedir, readme (the README's path).

String text = new File(readme).getText('UTF-8')

// The first ```xml block after the heading.
def snippetAfter = { String heading ->
    int at = text.indexOf('\n' + heading + '\n')
    assert at >= 0 : "README.md has no heading '${heading}'"
    int start = text.indexOf('```xml\n', at)
    int end = text.indexOf('\n```', start + 7)
    assert start >= 0 && end > start : "README.md has no xml block after '${heading}'"
    text.substring(start + 7, end + 1)
}

String processor = snippetAfter('## Configuring the processor')
String plugin = snippetAfter('## Maven plugin')
int plugins = processor.lastIndexOf('  </plugins>')
assert plugins >= 0 : 'the README snippet of "Configuring the processor" has no </plugins>'
String body = processor.substring(0, plugins) + plugin.readLines().collect { '    ' + it }.join('\n') + '\n' +
        processor.substring(plugins)

String artifactId = basedir.name
new File(basedir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written from README.md by readme-pom.groovy before the build. -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
<modelVersion>4.0.0</modelVersion>
<groupId>it.migrata</groupId>
<artifactId>${artifactId}</artifactId>
<version>1.0</version>
${body}</project>
""", 'UTF-8')
return true
