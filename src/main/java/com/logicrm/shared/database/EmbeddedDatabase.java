package com.logicrm.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries shipped in the jar, keeping its cluster under the
 * data directory across restarts. One process at a time may own a data directory: the lock is taken
 * before PostgreSQL is touched, so a second start fails with a message instead of corrupting data.
 * Within one JVM the directories in use are also remembered, because closing any channel on the lock
 * file would silently drop the operating-system lock that the running instance holds.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "logicrm";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Set<Path> IN_USE_HERE = ConcurrentHashMap.newKeySet();

    private final DataDirectory directory;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(DataDirectory directory, Path lockFile, FileChannel lockChannel, FileLock lock,
            EmbeddedPostgres postgres) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(DataDirectory directory) {
        long started = System.nanoTime();
        FileChannel channel = null;
        FileLock lock = null;
        Path lockFile = null;
        try {
            Files.createDirectories(directory.root());
            lockFile = directory.root().toRealPath().resolve(directory.lockFile().getFileName());
            if (!IN_USE_HERE.add(lockFile)) {
                lockFile = null; // not ours: the instance that holds it releases it
                throw new DataDirectoryInUse(directory);
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUse(directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.postgres())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
                    directory.postgres(), Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedDatabase(directory, lockFile, channel, lock, postgres);
        } catch (IOException e) {
            release(lockFile, lock, channel);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory.postgres(), e);
        } catch (RuntimeException e) {
            release(lockFile, lock, channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcessHoldsIt) {
            return null;
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public DataDirectory directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            release(lockFile, lock, lockChannel);
        }
    }

    private static void release(Path lockFile, FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.warn("Could not release the data directory lock", e);
        } finally {
            if (lockFile != null) {
                IN_USE_HERE.remove(lockFile);
            }
        }
    }
}
