package com.logicrm.collection;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx read as a stream of SAX events, whichever program wrote it. Cells come
 * out as text: shared and inline strings as they are; numbers in plain notation; numbers formatted
 * as dates as ISO dates; booleans as TRUE/FALSE; a formula as its text with the leading {@code =} —
 * never its cached result and never evaluated, so a formula in an imported file stays inert text.
 */
final class XlsxRows implements SheetRows {

    private final byte[] content;

    XlsxRows(byte[] content) {
        this.content = content;
    }

    @Override
    public void read(RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, handler));
                xml.parse(new InputSource(sheet));
            } catch (Stop stopped) {
                // the handler had seen enough
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (Exception | LinkageError unreadable) {
            throw ImportRefused.unsupported("import.file.unreadableXlsx");
        }
    }

    /** From the sheet's {@code <dimension ref="A1:O1001">}, which writers put before the rows; 0 without one. */
    @Override
    public long estimatedRows() {
        long[] rows = {0};
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                return 0;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes)
                            throws SAXException {
                        String name = localName.isEmpty() ? qName : localName;
                        if (name.equals("dimension")) {
                            String ref = attributes.getValue("ref");
                            if (ref != null && ref.contains(":")) {
                                rows[0] = Math.max(0, new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow());
                            }
                            throw new Stop();
                        }
                        if (name.equals("sheetData")) {
                            throw new Stop();
                        }
                    }
                });
                xml.parse(new InputSource(sheet));
            } catch (Stop enough) {
                // the dimension, if any, comes before the rows
            }
        } catch (Exception | LinkageError unreadable) {
            return 0;
        }
        return rows[0];
    }

    private static final class Stop extends SAXException {
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private int style;
        private String formula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInline;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = null;
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "f" -> {
                    inFormula = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inFormula || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "f" -> {
                    inFormula = false;
                    formula = text.toString();
                    text.setLength(0);
                }
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> put(column, cellText());
                case "row" -> {
                    nextRow = rowNumber + 1;
                    if (!handler.row(rowNumber, List.copyOf(cells))) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private String cellText() {
            if (formula != null && !formula.isEmpty()) {
                return "=" + formula;
            }
            String value = text.toString();
            if (type == null || type.equals("n")) {
                return value.isEmpty() ? "" : number(value);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.trim())).getString();
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                default -> value; // inlineStr, str, e, d
            };
        }

        private String number(String raw) {
            double value = Double.parseDouble(raw);
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(value)) {
                    LocalDateTime when = DateUtil.getLocalDateTime(value);
                    return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString() : when.toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }

        private void put(int index, String value) {
            while (cells.size() < index) {
                cells.add("");
            }
            if (cells.size() == index) {
                cells.add(value);
            } else {
                cells.set(index, value);
            }
        }
    }
}
