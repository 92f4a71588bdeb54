/**
 * How far long work has got, for whoever shows it: core, jdbc and migrate report {@link
 * org.starrocks4j.progress.Progress} to a {@link org.starrocks4j.progress.ProgressListener} and never print; the
 * command line renders it on a terminal. Depends on nothing but the JDK, so every layer can report.
 */
package org.starrocks4j.progress;
