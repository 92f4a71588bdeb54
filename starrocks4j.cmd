@echo off
rem The starrocks4j command on Windows: runs starrocks4j.jar with Java 17 or newer.
rem The jar is looked for, in order: %STARROCKS4J_JAR%; next to this script; in the source tree
rem (starrocks4j-cli\target\starrocks4j.jar, after mvnw package); in lib\ or ..\lib\ (an installed layout).
rem Java: %JAVA_HOME%\bin\java.exe, else java on the PATH. JVM options: %STARROCKS4J_JAVA_OPTS%, which replaces
rem the defaults -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m -XX:MaxTenuringThreshold=0 (why: see the
rem starrocks4j script and README.md, Performance).
setlocal
set "DIR=%~dp0"
set "JAR=%STARROCKS4J_JAR%"
if not defined JAR if exist "%DIR%starrocks4j.jar" set "JAR=%DIR%starrocks4j.jar"
if not defined JAR if exist "%DIR%starrocks4j-cli\target\starrocks4j.jar" set "JAR=%DIR%starrocks4j-cli\target\starrocks4j.jar"
if not defined JAR if exist "%DIR%lib\starrocks4j.jar" set "JAR=%DIR%lib\starrocks4j.jar"
if not defined JAR if exist "%DIR%..\lib\starrocks4j.jar" set "JAR=%DIR%..\lib\starrocks4j.jar"
if not defined JAR (
  echo starrocks4j: starrocks4j.jar not found next to %~f0, in starrocks4j-cli\target or in a lib folder beside it. In the source tree, build it with: mvnw -B -q package -DskipTests; or set STARROCKS4J_JAR. 1>&2
  exit /b 2
)
if not exist "%JAR%" (
  echo starrocks4j: %JAR% does not exist 1>&2
  exit /b 2
)
if not defined STARROCKS4J_JAVA_OPTS set "STARROCKS4J_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m -XX:MaxTenuringThreshold=0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %STARROCKS4J_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
