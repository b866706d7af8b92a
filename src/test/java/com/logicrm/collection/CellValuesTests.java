package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "2024 年 3 月 1 日", "20240301",
            "45352", "２０２４－０３－０１", "2024-03-01 00:00:00", " 2024/03/01 "})
    void datesAreReadInTheFormsChineseOfficesWriteThem(String cell) {
        assertThat(CellValues.date(cell)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aDateThatDoesNotExistOrIsNoDateIsNamedAsSuch() {
        assertThatThrownBy(() -> CellValues.date("2024-02-30")).hasMessage("import.cell.impossibleDate");
        assertThatThrownBy(() -> CellValues.date("下周三")).hasMessage("import.cell.date");
        assertThatThrownBy(() -> CellValues.date("12")).as("a small number is no Excel date of this century")
                .hasMessage("import.cell.date");
        assertThat(CellValues.date("  ")).isNull();
    }

    @Test
    void amountsTakeSeparatorsYuanAndTenThousands() {
        assertThat(CellValues.amount("5,000,000")).isEqualByComparingTo("5000000");
        assertThat(CellValues.amount("500万元")).isEqualByComparingTo("5000000");
        assertThat(CellValues.amount("１２３元")).isEqualByComparingTo("123");
        assertThat(CellValues.amount("￥1,234.50")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThatThrownBy(() -> CellValues.amount("很多")).hasMessage("import.cell.amount");
        assertThat(CellValues.wholeNumber("120")).isEqualTo(120);
        assertThatThrownBy(() -> CellValues.wholeNumber("12.5")).hasMessage("import.cell.wholeNumber");
    }

    @Test
    void codesLoseFullWidthFormsAndEverySpace() {
        assertThat(CellValues.code("９１３１　０１１５ MA1K3E8Y0U")).isEqualTo("91310115MA1K3E8Y0U");
        assertThat(CellValues.code("　")).isNull();
        assertThat(CellValues.text("　上海市　")).isEqualTo("上海市");
    }

    @Test
    void headersMatchWhateverTheirWidthMarksAndCase() {
        assertThat(ImportField.comparable("客户名称*")).isEqualTo(ImportField.comparable("客户名称"));
        assertThat(ImportField.comparable("客户名称（必填）")).isEqualTo("客户名称");
        assertThat(ImportField.comparable(" Credit_Code ")).isEqualTo("creditcode");
    }
}
