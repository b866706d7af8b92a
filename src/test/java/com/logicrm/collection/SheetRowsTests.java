package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The importer reads files other programs wrote: an .xlsx by openpyxl and one saved by LibreOffice Calc,
 * and a GBK CSV as Excel on a Chinese Windows saves it (committed under src/test/resources/imports).
 */
class SheetRowsTests {

    @Test
    void anXlsxWrittenByOpenpyxlReadsDatesNumbersAndFormulasAsText() {
        List<List<String>> rows = rows("customers-openpyxl.xlsx", null);
        assertThat(rows.get(0)).containsExactly("客户名称", "统一社会信用代码", "成立日期", "手机", "注册资本", "详细地址", "标签");
        assertThat(rows.get(1)).startsWith("浦江夹具物流有限公司").contains("2016-04-12", "13800138000", "5000000");
        assertThat(rows.get(2).get(5)).as("a formula stays its text, never evaluated").isEqualTo("=1+1");
        assertThat(rows.get(2).get(4)).isEqualTo("300万元");
        assertThat(rows.get(3).get(2)).isEqualTo("2020年5月6日");
    }

    @Test
    void anXlsxSavedByLibreOfficeReadsItsDateCellsAsIsoDates() {
        List<List<String>> rows = rows("customers-libreoffice.xlsx", null);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(2)).isEqualTo("2018-09-01");
        assertThat(rows.get(2).get(2)).isEqualTo("2021-03-15");
        assertThat(rows.get(3).get(2)).as("not a date to LibreOffice either").isEqualTo("2022/13/01");
        assertThat(rows.get(1).get(1)).hasSize(18);
    }

    @Test
    void aGbkCsvIsRecognisedAndItsQuotedFieldsKeepCommasAndQuotes() {
        byte[] content = bytes("customers-gbk.csv");
        assertThat(ImportFormat.of(content)).isEqualTo(ImportFormat.CSV);
        Charset guessed = ImportFormat.guessEncoding(content);
        assertThat(ImportFormat.encodingName(guessed)).isEqualTo("GB18030");
        List<List<String>> rows = rows("customers-gbk.csv", guessed);
        assertThat(rows.get(0).get(0)).isEqualTo("客户名称");
        assertThat(rows.get(1).get(4)).isEqualTo("上海市闵行区莘庄镇，沪闵路 8 号");
        assertThat(rows.get(2).get(4)).isEqualTo("上海市嘉定区\"安亭\"");
    }

    @Test
    void csvRowsSpanLinesInsideQuotesAndAreNumberedByTheirFirstLine() {
        String text = "\uFEFF名称,备注\r\n甲,\"第一行\n第二行\"\r\n\r\n乙,\"说 \"\"好\"\"\"\r\n";
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        assertThat(ImportFormat.guessEncoding(content)).isEqualTo(StandardCharsets.UTF_8);
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        new CsvRows(content, StandardCharsets.UTF_8).read((number, cells) -> {
            numbers.add(number);
            rows.add(cells);
            return true;
        });
        assertThat(rows.get(0)).containsExactly("名称", "备注");
        assertThat(rows.get(1)).containsExactly("甲", "第一行\n第二行");
        assertThat(rows.get(2)).containsExactly("乙", "说 \"好\"");
        assertThat(numbers).containsExactly(1, 2, 5);
    }

    @Test
    void tabSeparatedTextIsReadToo() {
        byte[] content = "名称\t手机\n甲\t13800138000\n".getBytes(StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        new CsvRows(content, StandardCharsets.UTF_8).read((number, cells) -> rows.add(cells));
        assertThat(rows.get(1)).containsExactly("甲", "13800138000");
    }

    @Test
    void whatIsNotASpreadsheetIsToldApart() {
        assertThatThrownBy(() -> ImportFormat.of(new byte[0])).hasMessage("import.file.empty");
        assertThatThrownBy(() -> ImportFormat.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                .hasMessage("import.file.oldExcel");
        assertThatThrownBy(() -> ImportFormat.of(new byte[] {'%', 'P', 'D', 'F', 0, 1}))
                .hasMessage("import.file.notSpreadsheet");
        assertThatThrownBy(() -> new XlsxRows(new byte[] {'P', 'K', 3, 4, 9, 9}).read((n, c) -> true))
                .hasMessage("import.file.unreadableXlsx");
    }

    private static List<List<String>> rows(String fixture, Charset encoding) {
        byte[] content = bytes(fixture);
        List<List<String>> rows = new ArrayList<>();
        SheetRows.of(content, ImportFormat.of(content), encoding).read((number, cells) -> rows.add(cells));
        return rows;
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = SheetRowsTests.class.getResourceAsStream("/imports/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
