import dev.migrata.runtime.DatabaseUrl

// After the invoker's first "mvn compile": edits, deletions and new revisions under
// src/main/migrations, each followed by a plain "mvn compile" whose outcome is asserted.

int step = 0
def mvn = { List<String> args ->
    List<String> command = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o',
                            '-Dmaven.repo.local=' + localRepositoryPath.path,
                            '-s', new File(basedir.parentFile, 'interpolated-settings.xml').path] + args
    Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    String output = process.inputStream.text
    int exitCode = process.waitFor()
    new File(basedir, "step-${++step}.log").text = "\$ mvn ${args.join(' ')}\n" + output
    [exitCode: exitCode, output: output]
}
def succeeds = { List<String> args ->
    def result = mvn(args)
    assert result.exitCode == 0 : "mvn ${args.join(' ')} failed (step-${step}.log):\n${result.output}"
    result.output
}
def fails = { List<String> args ->
    def result = mvn(args)
    assert result.exitCode != 0 : "mvn ${args.join(' ')} succeeded, expected a failure (step-${step}.log):\n${result.output}"
    result.output
}

File dir = new File(basedir, 'src/main/migrations/shop')
File sql = new File(dir, '001_items.sql')
File snapshot = new File(dir, '001_items.schema.json')
assert sql.isFile() && snapshot.isFile() : 'the first compile wrote the head revision files'
assert new File(basedir, 'target/migrata/migrata-migrations.sha').isFile()
String originalSql = sql.text
String originalSnapshot = snapshot.text

// The files the processor just wrote are a change: one more full compile, then nothing to do.
String output = succeeds(['compile'])
assert output.contains('Revision files changed') && output.contains('001_items.sql')
output = succeeds(['compile'])
assert output.contains('Nothing to compile - all classes are up to date') : output
assert !output.contains('Revision files changed') : output

// A hand-edited frozen file fails the next plain compile, and the one after it too.
sql.text = originalSql.replace('name text NOT NULL', 'name varchar(200) NOT NULL')
output = fails(['compile'])
assert output.contains('MIG704') && output.contains('edited by hand') : output
output = fails(['compile'])
assert output.contains('MIG704') : 'a failed compile stays failed until the file is restored:\n' + output

// Restored: the build is green again.
sql.text = originalSql
succeeds(['compile'])

// Switching verify mode on reruns the processor even though no file changed.
output = succeeds(['compile', '-Dmigrata.verify=true'])
assert output.contains('migrata.verify is now true') && output.contains('Recompiling the module') : output

// Verify mode from the command line: the head's files deleted, nothing is written and the build fails.
assert sql.delete() && snapshot.delete()
output = fails(['compile', '-Dmigrata.verify=true'])
assert output.contains('MIG707') : output
assert !sql.exists() && !snapshot.exists() : 'verify mode writes nothing'

// A plain compile writes the deleted head's files again, as they were.
output = succeeds(['compile'])
assert sql.isFile() && snapshot.isFile() : output
assert sql.text == originalSql && snapshot.text == originalSnapshot

// A new revision is picked up by the next compile.
File sources = new File(basedir, 'src/main/java/it/shop')
new File(sources, 'Item.java').text = '''package it.shop;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Table;

@Table(name = "items")
public record Item(
        @Column(primaryKey = true, identity = true) long id,
        @Column(nullable = false) String name,
        Integer priceCents) {}
'''
new File(sources, 'Revisions.java').text = '''package it.shop;

import dev.migrata.annotations.Revision;

public final class Revisions {
    private Revisions() {}

    @Revision(id = "001_items", message = "items")
    public static final class Items {}

    @Revision(id = "002_prices", parent = Items.class, message = "item prices")
    public static final class Prices {}
}
'''
File schema = new File(sources, 'ShopSchema.java')
schema.text = schema.text.replace('Revisions.Items.class', 'Revisions.Prices.class')
output = succeeds(['compile'])
assert new File(dir, '002_prices.sql').text.contains('ADD COLUMN price_cents integer') : output
assert sql.text == originalSql : 'the frozen revision is left alone'

// The project's own application (ShopApplication, the README's runtime snippet) migrates a fresh
// database with the classes and revision files this build wrote, and a second start applies nothing.
String adminUrl = System.getenv('MIGRATA_TEST_DATABASE_URL')
assert adminUrl : 'MIGRATA_TEST_DATABASE_URL must name a PostgreSQL server whose user can create databases'
DatabaseUrl admin = DatabaseUrl.parse(adminUrl)
Class.forName('org.postgresql.Driver', true, DatabaseUrl.classLoader)
String database = 'migrata_it_app_' + ProcessHandle.current().pid() + '_' + System.currentTimeMillis()
def credentials = admin.credentials()
def connect = { String db ->
    DatabaseUrl.parse('jdbc:postgresql://' + admin.hosts() + '/' + db,
            credentials.getProperty('user'), credentials.getProperty('password')).connect()
}
def adminConnection = connect(admin.database())
adminConnection.createStatement().execute('CREATE DATABASE ' + database)
try {
    // The jars the README's snippet makes the application depend on, from this build's repository.
    def jar = { String directory, String prefix ->
        File found = null
        new File(localRepositoryPath, directory).eachFileRecurse { File file ->
            if (file.name.startsWith(prefix) && file.name.endsWith('.jar') && !file.name.contains('-tests')
                    && !file.name.contains('-sources')) found = file
        }
        assert found : "no ${prefix}*.jar under ${directory} in ${localRepositoryPath}"
        found.path
    }
    String classPath = [new File(basedir, 'target/classes').path,
                        jar('dev/migrata/migrata-runtime', 'migrata-runtime-'),
                        jar('org/postgresql/postgresql', 'postgresql-')].join(File.pathSeparator)
    String url = 'jdbc:postgresql://' + admin.hosts() + '/' + database
    if (credentials.getProperty('user')) url += '?user=' + credentials.getProperty('user')
    if (credentials.getProperty('password')) url += '&password=' + URLEncoder.encode(credentials.getProperty('password'), 'UTF-8')
    def run = {
        List<String> command = [new File(System.getProperty('java.home'), 'bin/java').path, '-cp', classPath,
                                'it.shop.ShopApplication', url]
        Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
                .start()
        String text = process.inputStream.text
        new File(basedir, "application-${++step}.log").text = text
        assert process.waitFor() == 0 : "the application failed:\n${text}"
        text
    }
    output = run()
    assert output.contains('Applied [001_items, 002_prices]') : output
    def connection = connect(database)
    try {
        def rows = connection.createStatement().executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'items' ORDER BY ordinal_position")
        List<String> columns = []
        while (rows.next()) columns << rows.getString(1)
        assert columns == ['id', 'name', 'price_cents'] : columns
    } finally {
        connection.close()
    }
    output = run()
    assert output.contains('Applied []') : 'a second start applies nothing:\n' + output
} finally {
    adminConnection.createStatement().execute('DROP DATABASE IF EXISTS ' + database + ' WITH (FORCE)')
    adminConnection.close()
}
return true
