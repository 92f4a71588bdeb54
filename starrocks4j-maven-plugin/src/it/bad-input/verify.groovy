def log = new File(basedir, 'build.log').text
assert log.contains("no revision 'nope'")
assert log.contains('no models')
assert log =~ /cannot connect to jdbc:starrocks:\/\/(it-user:\*\*\*\*@)?127.0.0.1:1\/analytics/
assert !log.contains('it-secret-password')
assert !log.contains('at org.starrocks4j.')
assert !new File(basedir, 'src/main/resources/db/starrocks').exists()
