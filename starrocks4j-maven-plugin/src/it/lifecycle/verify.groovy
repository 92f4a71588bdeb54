def log = new File(basedir, 'build.log').text
def revisions = new File(basedir, 'src/main/resources/db/starrocks')
def revision = new File(revisions, 'aaa111aaa111_init.sql')
assert revision.isFile() : "revision not written: ${revisions.list()}"
assert revision.text.contains('CREATE TABLE `events`')
assert revision.text.contains('DROP TABLE `events`')
assert log.contains('ok: the models match the migration history')

def sql = new File(basedir, 'target/upgrade.sql').text
assert sql.contains('CREATE TABLE `events`')
assert sql.contains('INSERT INTO `starrocks4j_version`')

def generated = new File(basedir, 'target/generated/com/acme/legacy/Orders.java')
assert generated.isFile()
assert generated.text.contains('@StarRocksTable')
assert !log.contains('it-secret-password')
