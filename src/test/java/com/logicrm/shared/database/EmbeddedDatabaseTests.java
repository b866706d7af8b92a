package com.logicrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LogiCRM's own PostgreSQL: keeps its data across restarts, and one process at a time per data directory. */
class EmbeddedDatabaseTests {

    @TempDir
    Path temp;

    @Test
    void whatWasStoredIsThereAfterARestart() throws SQLException {
        DataDirectory directory = new DataDirectory(temp.resolve("data"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(database.jdbcUrl()).contains("/logicrm");
            assertThat(database.directory()).isEqualTo(directory);
            execute(database, "create table shipment (id int primary key, waybill text not null)");
            execute(database, "insert into shipment values (1, 'SF1234567890')");
        }
        assertThat(directory.postgres().resolve("PG_VERSION")).exists();

        try (EmbeddedDatabase again = EmbeddedDatabase.start(directory)) {
            assertThat(queryString(again, "select waybill from shipment where id = 1")).isEqualTo("SF1234567890");
            assertThat(queryString(again, "select current_setting('server_encoding')")).isEqualTo("UTF8");
        }
    }

    @Test
    void aDataDirectoryServesOneDatabaseAtATime() throws Exception {
        DataDirectory directory = new DataDirectory(temp.resolve("shared-data"));

        try (EmbeddedDatabase running = EmbeddedDatabase.start(directory)) {
            execute(running, "create table customer (name text)");
            execute(running, "insert into customer values ('顺丰物流')");

            assertThatThrownBy(() -> EmbeddedDatabase.start(directory))
                    .isInstanceOf(DataDirectoryInUse.class)
                    .hasMessageContaining(directory.root().toString())
                    .hasMessageContaining("LOGICRM_DATA_DIR");

            assertThat(queryString(running, "select name from customer")).as("the refused start left it running")
                    .isEqualTo("顺丰物流");
            assertThat(anotherProcessCanLock(directory.lockFile()))
                    .as("the refused start must not drop the running database's lock").isFalse();
        }

        assertThat(anotherProcessCanLock(directory.lockFile())).as("closing releases the lock").isTrue();
        try (EmbeddedDatabase next = EmbeddedDatabase.start(directory)) {
            assertThat(queryString(next, "select name from customer")).isEqualTo("顺丰物流");
        }
    }

    @Test
    void aStartRefusedForAnotherProcessNamesTheDirectory() throws Exception {
        DataDirectory directory = new DataDirectory(temp.resolve("taken"));
        Files.createDirectories(directory.root());
        Process holder = lockInAnotherProcess(directory.lockFile());
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(directory))
                    .isInstanceOf(DataDirectoryInUse.class)
                    .hasMessageContaining(directory.root().toString());
            assertThat(directory.postgres()).as("PostgreSQL was not touched").doesNotExist();
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- helpers ----

    static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String queryString(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        }
    }

    /**
     * The lock is held against other processes (another LogiCRM), which a check inside this JVM
     * cannot show: ask a second JVM.
     */
    boolean anotherProcessCanLock(Path lockFile) throws IOException, InterruptedException {
        Process probe = java(LOCK_PROBE, lockFile.toString(), "probe");
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("lock probe finished").isTrue();
        String answer = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(answer).as("lock probe answer").isIn("locked", "free");
        return answer.equals("free");
    }

    Process lockInAnotherProcess(Path lockFile) throws IOException {
        Process holder = java(LOCK_PROBE, lockFile.toString(), "hold");
        String answer = new String(holder.getInputStream().readNBytes("holding".length()), StandardCharsets.UTF_8);
        assertThat(answer).isEqualTo("holding");
        return holder;
    }

    Process java(String source, String... arguments) throws IOException {
        Path file = temp.resolve("LockProbe.java");
        Files.writeString(file, source);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[arguments.length + 2];
        command[0] = java;
        command[1] = file.toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static final String LOCK_PROBE = """
            import java.nio.channels.FileChannel;
            import java.nio.channels.FileLock;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;

            public class LockProbe {
                public static void main(String[] args) throws Exception {
                    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE)) {
                        FileLock lock = channel.tryLock();
                        if (args[1].equals("probe")) {
                            System.out.print(lock == null ? "locked" : "free");
                            return;
                        }
                        System.out.print("holding");
                        System.out.flush();
                        Thread.sleep(60_000);
                    }
                }
            }
            """;
}
