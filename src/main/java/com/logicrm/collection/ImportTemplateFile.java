package com.logicrm.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank customer import template: one column per field headed in the person's language (the
 * required name marked *), an example row marked 【示例】 that the importer passes over, drop-down lists
 * for the enumerated fields, code and date columns formatted as text so Excel keeps leading zeros and
 * does not turn codes into numbers, and a sheet explaining each column.
 */
final class ImportTemplateFile {

    private static final int LAST_ROW = 10_000;
    private static final Map<ImportField, String> EXAMPLE = Map.ofEntries(
            Map.entry(ImportField.NAME, RowReader.EXAMPLE_MARK + "上海示例物流有限公司"),
            Map.entry(ImportField.SHORT_NAME, "示例物流"),
            Map.entry(ImportField.CREDIT_CODE, "91310115MA1K3E8Y0U"),
            Map.entry(ImportField.INDUSTRY, "道路货物运输"),
            Map.entry(ImportField.REGISTERED_CAPITAL, "500万元"),
            Map.entry(ImportField.FOUNDING_DATE, "2015-06-18"),
            Map.entry(ImportField.REGION_CODE, "310115"),
            Map.entry(ImportField.ADDRESS, "上海市浦东新区示例路 88 号"),
            Map.entry(ImportField.PHONE, "021-58881234"),
            Map.entry(ImportField.MOBILE, "13800138000"),
            Map.entry(ImportField.TAGS, "冷链、合同客户"),
            Map.entry(ImportField.OPERATOR_NAME, "张三"),
            Map.entry(ImportField.CONTACT_NAME, "李四"),
            Map.entry(ImportField.CONTACT_TITLE, "物流经理"),
            Map.entry(ImportField.CONTACT_MOBILE, "13900139000"));

    private final ImportVocabulary vocabulary;

    ImportTemplateFile(ImportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void write(OutputStream out, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(vocabulary.label("import.template.sheet", locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            ImportField[] fields = ImportField.values();
            for (int i = 0; i < fields.length; i++) {
                ImportField field = fields[i];
                String label = vocabulary.label(field.labelKey(), locale) + (field == ImportField.NAME ? "*" : "");
                head.createCell(i).setCellValue(label);
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, Math.max(12, label.length() * 3) * 256);
                if (field.kind() != ImportField.Kind.AMOUNT && field.kind() != ImportField.Kind.WHOLE_NUMBER) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                List<String> choices = vocabulary.choiceLabels(field, locale);
                if (!choices.isEmpty()) {
                    DataValidation dropDown = validations.createValidation(
                            validations.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(1, LAST_ROW, i, i));
                    dropDown.setShowErrorBox(true);
                    dropDown.setSuppressDropDownArrow(true);
                    sheet.addValidationData(dropDown);
                    example.createCell(i).setCellValue(choices.get(0));
                } else if (EXAMPLE.containsKey(field)) {
                    example.createCell(i).setCellValue(EXAMPLE.get(field));
                }
            }
            sheet.createFreezePane(0, 1);
            explain(workbook, locale, header);
            workbook.write(out);
        }
    }

    private void explain(XSSFWorkbook workbook, Locale locale, CellStyle header) {
        XSSFSheet help = workbook.createSheet(vocabulary.label("import.template.helpSheet", locale));
        Row head = help.createRow(0);
        head.createCell(0).setCellValue(vocabulary.label("import.template.column", locale));
        head.createCell(1).setCellValue(vocabulary.label("import.template.rule", locale));
        head.getCell(0).setCellStyle(header);
        head.getCell(1).setCellStyle(header);
        help.setColumnWidth(0, 24 * 256);
        help.setColumnWidth(1, 90 * 256);
        int next = 1;
        for (ImportField field : ImportField.values()) {
            Row row = help.createRow(next++);
            row.createCell(0).setCellValue(vocabulary.label(field.labelKey(), locale));
            row.createCell(1).setCellValue(vocabulary.label("import.template.rule." + field.kind(), locale)
                    + hint(field, locale));
        }
        Row example = help.createRow(next + 1);
        example.createCell(0).setCellValue(vocabulary.label("import.template.exampleRow", locale));
    }

    private String hint(ImportField field, Locale locale) {
        List<String> choices = vocabulary.choiceLabels(field, locale);
        return choices.isEmpty() ? "" : " " + String.join(" / ", choices);
    }
}
