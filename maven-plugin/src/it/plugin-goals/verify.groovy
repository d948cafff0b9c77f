// Every goal against a real PostgreSQL: a database of its own, created here and dropped at the end.
import dev.migrata.runtime.DatabaseUrl

String adminUrl = System.getenv('MIGRATA_TEST_DATABASE_URL')
assert adminUrl : 'MIGRATA_TEST_DATABASE_URL must name a PostgreSQL server with pgvector whose user can create databases,' +
        ' e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres'
DatabaseUrl admin = DatabaseUrl.parse(adminUrl)
Class.forName('org.postgresql.Driver', true, DatabaseUrl.classLoader)
String database = 'migrata_it_goals_' + ProcessHandle.current().pid() + '_' + System.currentTimeMillis()
String legacy = database + '_legacy'
String url = 'jdbc:postgresql://' + admin.hosts() + '/' + database
def credentials = admin.credentials()
List<String> connection = ['-Dmigrata.url=' + url]
if (credentials.getProperty('user')) connection << '-Dmigrata.user=' + credentials.getProperty('user')
if (credentials.getProperty('password')) connection << '-Dmigrata.password=' + credentials.getProperty('password')

def sqlOn = { String db, String statement ->
    def connectionTo = DatabaseUrl.parse('jdbc:postgresql://' + admin.hosts() + '/' + db,
            credentials.getProperty('user'), credentials.getProperty('password')).connect()
    try { connectionTo.createStatement().execute(statement) } finally { connectionTo.close() }
}

int step = 0
def mvn = { List<String> args, Map<String, String> environment = [:] ->
    List<String> command = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o',
                            '-Dmaven.repo.local=' + localRepositoryPath.path,
                            '-s', new File(basedir.parentFile, 'interpolated-settings.xml').path] + args
    ProcessBuilder builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().remove('DATABASE_URL')
    builder.environment().putAll(environment)
    Process process = builder.start()
    String output = process.inputStream.text
    int exitCode = process.waitFor()
    new File(basedir, "step-${++step}.log").text = "\$ mvn ${args.join(' ')}\n" + output
    [exitCode: exitCode, output: output]
}
def succeeds = { List<String> args, Map<String, String> environment = [:] ->
    def result = mvn(args, environment)
    assert result.exitCode == 0 : "mvn ${args.join(' ')} failed (step-${step}.log):\n${result.output}"
    result.output
}
def fails = { List<String> args ->
    def result = mvn(args)
    assert result.exitCode != 0 : "mvn ${args.join(' ')} succeeded, expected a failure (step-${step}.log):\n${result.output}"
    result.output
}

sqlOn(admin.database(), 'CREATE DATABASE ' + database)
try {
    String output = succeeds(['migrata:current'] + connection)
    assert output.contains("[INFO] <base> (nothing applied) in database ${database} on ${admin.hosts()}") : output

    output = succeeds(['migrata:plan'] + connection)
    assert output.contains('[INFO] Upgrade base -> 001_items, items') : output
    assert output.contains('[INFO] Upgrade 001_items -> 002_prices, item prices') : output
    assert output.contains('CREATE TABLE items') : output

    output = succeeds(['migrata:upgrade', '-Dmigrata.target=001'] + connection)
    assert output.contains('[INFO] Running upgrade base -> 001_items, items') : output
    assert !output.contains('002_prices') : output

    output = succeeds(['migrata:upgrade'] + connection)
    assert output.contains('[INFO] Running upgrade 001_items -> 002_prices, item prices') : output
    output = succeeds(['migrata:upgrade'] + connection)
    assert output.contains('[INFO] Nothing to upgrade: the database is at 002_prices (head)') : output

    output = succeeds(['migrata:history'] + connection)
    assert output.contains('[INFO] 001_items -> 002_prices (head) (current), item prices\n[INFO] <base> -> 001_items, items') : output

    output = succeeds(['migrata:check'] + connection)
    assert output.contains('[INFO] No drift: the database matches the head schema') : output

    // Drift fails the build, listing each difference.
    sqlOn(database, 'ALTER TABLE items ADD COLUMN notes text')
    output = fails(['migrata:check'] + connection)
    assert output.contains('EXTRA_COLUMN items.notes: expected none, found text') : output
    assert output.contains('1 difference between the database and the head schema') : output
    assert output.contains('BUILD FAILURE') : output
    sqlOn(database, 'ALTER TABLE items DROP COLUMN notes')

    output = succeeds(['migrata:downgrade', '-Dmigrata.target=-1'] + connection)
    assert output.contains('[INFO] Running downgrade 002_prices -> 001_items, item prices') : output

    output = succeeds(['migrata:stamp', '-Dmigrata.target=head'] + connection)
    assert output.contains('[INFO] Stamped 001_items -> 002_prices') : output
    output = succeeds(['migrata:stamp', '-Dmigrata.target=001_items'] + connection)
    output = succeeds(['migrata:upgrade'] + connection)
    assert output.contains('Running upgrade 001_items -> 002_prices') : output

    // A refusal fails the build with the runtime's message.
    output = fails(['migrata:upgrade', '-Dmigrata.target=007'] + connection)
    assert output.contains("No revision '007' in chain shop") : output

    // DATABASE_URL when neither the configuration nor -Dmigrata.url names one.
    String environmentUrl = 'postgresql://' + (credentials.getProperty('user') ?: 'postgres') + '@' + admin.hosts() + '/' + database
    output = succeeds(['migrata:current'] + connection.findAll { !it.startsWith('-Dmigrata.url=') },
            [DATABASE_URL: environmentUrl])
    assert output.contains("[INFO] 002_prices (head) in database ${database}") : output

    // The offline script needs no database.
    output = succeeds(['migrata:sql', '-Dmigrata.to=001_items'])
    assert output.contains('[INFO] -- Migrata offline script for chain shop') : output
    assert output.contains('CREATE TABLE items') && !output.contains('price_cents') : output
    output = succeeds(['migrata:sql', '-Dmigrata.from=head', '-Dmigrata.to=001_items', '-Dmigrata.sqlFile=target/down.sql'])
    assert new File(basedir, 'target/down.sql').text.contains('ALTER TABLE items DROP COLUMN price_cents') : output

    // No password in any output, whatever fails.
    output = fails(['migrata:current', '-Dmigrata.url=postgresql://postgres:s3cret-pw@127.0.0.1:1/nowhere'])
    assert output.contains('127.0.0.1:1/nowhere (user postgres)') : output
    assert !output.contains('s3cret-pw') : output
    output = fails(['migrata:current', '-Dmigrata.url=mysql://root:s3cret-pw@db/app'])
    assert output.contains('Not a PostgreSQL URL') && output.contains('from -Dmigrata.url') : output
    assert !output.contains('s3cret-pw') : output
    output = fails(['migrata:current'])
    assert output.contains('No database URL: set <url> in the migrata-maven-plugin configuration') : output

    // The lock settings in the CLI's syntax, from -D properties; a malformed one fails naming its property.
    output = succeeds(['migrata:upgrade', '-Dmigrata.lockTimeout=5s', '-Dmigrata.ddlLockTimeout=500ms',
                       '-Dmigrata.ddlLockRetries=2', '-Dmigrata.allowUnknownRevisions=true'] + connection)
    assert output.contains('[INFO] Nothing to upgrade: the database is at 002_prices (head)') : output
    output = fails(['migrata:upgrade', '-Dmigrata.ddlLockTimeout=soon'] + connection)
    assert output.contains("Invalid <ddlLockTimeout> (-Dmigrata.ddlLockTimeout): 'soon' is not a duration") : output

    // scaffold: a database nothing migrated becomes sources; what a declaration cannot express is listed.
    sqlOn(admin.database(), 'CREATE DATABASE ' + legacy)
    sqlOn(legacy, """CREATE TYPE mood AS ENUM ('calm', 'busy');
        CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, mood mood);
        CREATE TABLE orders (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers (id), total_cents integer CHECK (total_cents >= 0));
        CREATE INDEX orders_customer_id_idx ON orders (customer_id);
        CREATE SEQUENCE invoice_numbers;
        CREATE VIEW big_orders AS SELECT * FROM orders WHERE total_cents > 100000""")
    List<String> legacyConnection = connection.collect {
        it.startsWith('-Dmigrata.url=') ? it.replace('/' + database, '/' + legacy) : it
    }
    output = succeeds(['migrata:scaffold', '-Dmigrata.package=it.adopted'] + legacyConnection)
    File adopted = new File(basedir, 'src/main/java/it/adopted')
    assert output.contains('[INFO] Wrote ') : output
    for (String source : ['Customers.java', 'Orders.java', 'Mood.java', 'BigOrders.java']) {
        assert new File(adopted, source).isFile() : "${source} not written:\n${output}"
        assert output.contains('[INFO]   src/main/java/it/adopted/' + source) : output
    }
    assert output.contains('[WARNING] Not expressed') : output
    assert output.contains('[WARNING]   sequence invoice_numbers') : output
    // Existing files are never overwritten: a second run writes nothing and fails.
    String customers = new File(adopted, 'Customers.java').text
    output = fails(['migrata:scaffold', '-Dmigrata.package=it.adopted'] + legacyConnection)
    assert output.contains('exists already; scaffold writes only new files') : output
    assert new File(adopted, 'Customers.java').text == customers
    // The written sources compile in a follow-up build, and match the database they came from.
    succeeds(['compile'])
    String chainName = new File(basedir, 'src/main/migrations').list().find { it != 'shop' }
    assert chainName : 'no revision files for the scaffolded chain'
    output = succeeds(['migrata:check', '-Dmigrata.schema=' + chainName] + legacyConnection)
    assert output.contains('[INFO] No drift: the database matches the head schema') : output
    // A wrong password in the URL never shows.
    output = fails(['migrata:scaffold', '-Dmigrata.package=it.other',
                    '-Dmigrata.url=postgresql://postgres:s3cret-pw@127.0.0.1:1/nowhere'])
    assert output.contains('127.0.0.1:1/nowhere (user postgres)') : output
    assert !output.contains('s3cret-pw') : output
} finally {
    sqlOn(admin.database(), 'DROP DATABASE IF EXISTS ' + database + ' WITH (FORCE)')
    sqlOn(admin.database(), 'DROP DATABASE IF EXISTS ' + legacy + ' WITH (FORCE)')
}
return true
