package com.logicrm.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written with POI's streaming workbook: only a window of rows stays in memory, the rest is
 * flushed to a compressed temporary file, so a million rows need no more heap than a hundred. Text is
 * always a string cell (a leading {@code =} never becomes a formula); numbers are numeric cells.
 */
final class XlsxSheet implements SheetWriter {

    private static final int WINDOW = 200;
    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle header;
    private int next;

    XlsxSheet(OutputStream out, String sheetName, String author) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        // uncompressed temporary rows: disk is cheaper than the CPU the compression would take twice
        this.sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(bold);
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator(author);
        core.setCreated(Optional.of(new Date()));
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
            if (next == 0) {
                row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellStyle(header);
            }
        }
        if (next == 0) {
            sheet.createFreezePane(0, 1);
        }
        next++;
    }

    /** A second sheet says who exported the list, when, with which filter and how many rows. */
    @Override
    public void provenance(List<List<String>> lines) {
        SXSSFSheet about = workbook.createSheet(lines.get(0).get(0));
        for (int i = 1; i < lines.size(); i++) {
            Row row = about.createRow(i - 1);
            List<String> line = lines.get(i);
            for (int j = 0; j < line.size(); j++) {
                row.createCell(j).setCellValue(line.get(j));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }
}
