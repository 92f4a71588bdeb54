def log = new File(basedir, 'build.log').text
assert log.contains('the models differ from the migration history: 1 change(s)')
assert log.contains('ALTER TABLE `events` ADD COLUMN `hits` BIGINT')
assert log.contains('mvn starrocks4j:revision')
assert log.contains('BUILD FAILURE')
// one message, no stack trace
assert !log.contains('at org.starrocks4j.')
