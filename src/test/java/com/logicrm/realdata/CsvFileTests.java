package com.logicrm.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the published files: quotes, doubled quotes, line breaks in quotes, a byte-order mark, blanks. */
class CsvFileTests {

    @TempDir
    Path folder;

    @Test
    void readsQuotedCellsAndSkipsTheByteOrderMark() throws IOException {
        Path file = write("\uFEFFInvoiceNo,Description,Quantity\r\n"
                + "536365,\"PAPER CRAFT , LITTLE BIRDIE\",6\r\n"
                + "536366,\"A \"\"BIG\"\" ONE\nON TWO LINES\",\r\n"
                + "\n"
                + "536367,plain,  12  \n");
        List<String[]> read = new ArrayList<>();
        CsvFile.each(file, List.of("InvoiceNo", "Quantity"), row -> read.add(new String[] {row.get("InvoiceNo"),
                row.get("Description"), row.get("Quantity")}));
        assertThat(read).containsExactly(
                new String[] {"536365", "PAPER CRAFT , LITTLE BIRDIE", "6"},
                new String[] {"536366", "A \"BIG\" ONE\nON TWO LINES", null},
                new String[] {"536367", "plain", "12"});
    }

    @Test
    void refusesAMissingFileAndMissingColumns() throws IOException {
        assertThatThrownBy(() -> CsvFile.each(folder.resolve("none.csv"), List.of(), row -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.csv");
        Path file = write("a,b\n1,2\n");
        assertThatThrownBy(() -> CsvFile.each(file, List.of("a", "c"), row -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[c]");
        assertThatThrownBy(() -> CsvFile.each(write(""), List.of(), row -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void writesACellQuotedOnlyWhenItMustBe() {
        assertThat(CsvFile.cell("campinas, SP")).isEqualTo("\"campinas, SP\"");
        assertThat(CsvFile.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFile.cell("plain")).isEqualTo("plain");
        assertThat(CsvFile.cell(null)).isEmpty();
    }

    @Test
    void theCommandNeedsWhatToLoadAndTakesTheUserAndClassificationOptions() {
        assertThat(RealDataCommand.Arguments.of(List.of("load-olist", "/data/olist")))
                .isEqualTo(new RealDataCommand.Arguments("load-olist", Path.of("/data/olist"), "supervisor", true));
        assertThat(RealDataCommand.Arguments.of(List.of("load-online-retail", "or.csv", "--as", "sales",
                "--no-classification")))
                .isEqualTo(new RealDataCommand.Arguments("load-online-retail", Path.of("or.csv"), "sales", false));
        assertThat(RealDataCommand.Arguments.of(List.of("load-olist", "d", "--as=chen")).user()).isEqualTo("chen");
        assertThatThrownBy(() -> RealDataCommand.Arguments.of(List.of("load-olist")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage: load-olist <directory>");
        assertThatThrownBy(() -> RealDataCommand.Arguments.of(List.of("load-online-retail", "--as", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<file>");
    }

    private Path write(String text) throws IOException {
        return Files.write(Files.createTempFile(folder, "t", ".csv"), text.getBytes(StandardCharsets.UTF_8));
    }
}
