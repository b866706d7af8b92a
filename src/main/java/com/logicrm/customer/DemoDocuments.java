package com.logicrm.customer;

import com.logicrm.access.Person;
import com.logicrm.shared.Confidentiality;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A few small, always identical text documents — call records and a visit report — on some demo
 * customers, so the 文件档案 tab has something to show. Written in the demo customers' transaction.
 */
@Component
class DemoDocuments {

    private static final LocalDate FIRST_CALL = LocalDate.of(2026, 10, 12);
    private final DocumentFiling filing;
    private final ArchiveEntries catalogue;

    DemoDocuments(DocumentFiling filing, ArchiveEntries catalogue) {
        this.filing = filing;
        this.catalogue = catalogue;
    }

    /** Files the documents of the {@code index}-th demo customer, if it gets any; returns how many. */
    int fileFor(int index, Customer customer, Person owner, Instant now) {
        if (index % 3 != 0 || index >= 18) {
            return 0;
        }
        LocalDate date = FIRST_CALL.plusDays(index);
        String name = customer.facts().name();
        file(customer, now, DocumentType.CALL_RECORD, "电话沟通记录 " + date, date, "call-" + date + ".txt", """
                电话沟通记录
                客户：%s（%s）
                日期：%s 10:30
                记录人：%s
                内容：客户询问下月华东线整车运输的报价和时效，希望每周固定两班。已说明现行价格，
                答应三个工作日内发送书面报价。
                后续：发送报价；下周回访。
                """.formatted(name, customer.archiveNo(), date, owner.displayName()));
        if (index % 9 != 0) {
            return 1;
        }
        LocalDate visit = date.plusDays(7);
        file(customer, now, DocumentType.VISIT_REPORT, "拜访报告 " + visit, visit, "visit-" + visit + ".txt", """
                拜访报告
                客户：%s（%s）
                日期：%s
                拜访人：%s
                要点：参观了客户仓库，库容约八成；客户对破损率和到货准时率最为关注。
                下一步：提交仓储配送一体化方案。
                """.formatted(name, customer.archiveNo(), visit, owner.displayName()));
        // the customers with a visit report also show the other sections of the catalogue filled in
        catalogue.add(customer.id(), NewArchiveEntry.of(ArchiveSection.CREDIT, LocalDate.of(2025, 3, 1 + index),
                "2025 年度授信审批表", "授信额度 50 万元，账期 60 天"), null, "system", now);
        catalogue.add(customer.id(), new NewArchiveEntry(ArchiveSection.RETURNS, LocalDate.of(2025, 8, 4 + index),
                "冷链运输断链货损赔偿", null, ReturnKind.COMPENSATION, new BigDecimal("2860.00"), Responsibility.OURS,
                "途中冷机故障，司机未及时报告；按合同赔付货值的 80%"), null, "system", now);
        catalogue.add(customer.id(), new NewArchiveEntry(ArchiveSection.RETURNS, date.minusDays(3),
                "旺季延误运费折价", null, ReturnKind.DISCOUNT, new BigDecimal("450.00"), Responsibility.UNDETERMINED,
                null), null, "system", now);
        return 2;
    }

    private void file(Customer customer, Instant now, DocumentType type, String title, LocalDate date,
            String fileName, String text) {
        filing.file(customer.id(), new NewDocument(type, title, date, Confidentiality.INTERNAL, null), fileName,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "system", now);
    }
}
