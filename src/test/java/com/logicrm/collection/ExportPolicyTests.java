package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportPolicyTests {

    @Test
    void theBulkRightIsNeededAboveTheThresholdOrForConfidentialRows() {
        ExportPolicy policy = new ExportPolicy(1000);
        assertThat(policy.countCap()).isEqualTo(1001);
        assertThat(policy.needsBulkRight(1000, false)).isFalse();
        assertThat(policy.needsBulkRight(1001, false)).isTrue();
        assertThat(policy.needsBulkRight(3, true)).isTrue();
        assertThatThrownBy(() -> new ExportPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulaStarts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSheet sheet = new CsvSheet(out)) {
            sheet.row(Arrays.asList("上海, 浦东", "说\"好\"的", "=1+2", "-5", "@cmd", 42, null, "多\n行"));
        }
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF\"上海, 浦东\",\"说\"\"好\"\"的\",'=1+2,'-5,'@cmd,42,,\"多\n行\"\r\n");
    }
}
